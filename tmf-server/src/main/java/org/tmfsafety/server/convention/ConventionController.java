package org.tmfsafety.server.convention;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.LenientNumberEditor;

/**
 * The national convention report with its exports, and a facility's conventions with the forms for its Annex I
 * quantities and notices; the rules are those of {@link ConventionPermissions}, applied by {@link ConventionService}.
 */
@Controller
class ConventionController {

    /** The languages the report is exported in: English and Russian, the languages in use in the region, and Kazakh. */
    private static final Set<String> REPORT_LANGUAGES = Set.of("en", "ru", "kk");

    private final ConventionService conventions;

    private final ConventionReport report;

    private final Countries countries;

    private final MessageSource messages;

    ConventionController(ConventionService conventions, ConventionReport report, Countries countries,
            MessageSource messages) {
        this.conventions = conventions;
        this.report = report;
        this.countries = countries;
        this.messages = messages;
    }

    /** The quantity form as typed: the entry as {@code PART:code}, the quantity as text. */
    record QuantityForm(String entry, String quantityTonnes, String source) {

        static final QuantityForm EMPTY = new QuantityForm("", "", "");

        QuantityInput input() {
            String part = entry == null || !entry.contains(":") ? null : entry.substring(0, entry.indexOf(':'));
            String code = entry == null || !entry.contains(":") ? null : entry.substring(entry.indexOf(':') + 1);
            try {
                return new QuantityInput(part, code, LenientNumberEditor.decimal(quantityTonnes), source);
            }
            catch (IllegalArgumentException e) {
                Errors errors = new MapBindingResult(new HashMap<>(), "quantity");
                errors.rejectValue("quantityTonnes", "validation.number", new Object[] { quantityTonnes }, null);
                throw new InvalidInputException(errors);
            }
        }
    }

    /** The notice form as typed. */
    record NoticeForm(String country, String informedOn, String reference) {

        static final NoticeForm EMPTY = new NoticeForm("", "", "");

        NoticeInput input() {
            LocalDate date = null;
            if (informedOn != null && !informedOn.isBlank()) {
                try {
                    date = LocalDate.parse(informedOn.strip());
                }
                catch (DateTimeParseException e) {
                    Errors errors = new MapBindingResult(new HashMap<>(), "notice");
                    errors.rejectValue("informedOn", "validation.invalidValue", new Object[] { informedOn }, null);
                    throw new InvalidInputException(errors);
                }
            }
            return new NoticeInput(country, date, reference);
        }
    }

    @GetMapping("/conventions")
    String national(Model model) {
        model.addAttribute("national", conventions.national());
        return "conventions/list";
    }

    @GetMapping("/conventions/report.xlsx")
    void xlsx(@RequestParam(required = false) String lang, Locale locale, HttpServletResponse response)
            throws IOException {
        Locale language = language(lang, locale);
        ConventionService.National national = conventions.national();
        download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "hazardous-activities-" + language.getLanguage() + ".xlsx");
        report.xlsx(national, language, response.getOutputStream());
    }

    @GetMapping("/conventions/report.pdf")
    void pdf(@RequestParam(required = false) String lang, Locale locale, HttpServletResponse response)
            throws IOException {
        Locale language = language(lang, locale);
        ConventionService.National national = conventions.national();
        download(response, "application/pdf", "hazardous-activities-" + language.getLanguage() + ".pdf");
        report.pdf(national, language, response.getOutputStream());
    }

    @GetMapping("/facilities/{id}/conventions")
    String facility(@PathVariable long id, Model model, Locale locale) {
        return page(conventions.forFacility(id), QuantityForm.EMPTY, NoticeForm.EMPTY, model, locale);
    }

    @PostMapping("/facilities/{id}/conventions/quantities")
    String recordQuantity(@PathVariable long id, QuantityForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        FacilityConventions current = conventions.forQuantityForm(id);
        try {
            conventions.recordQuantity(id, form.input());
            redirect.addFlashAttribute("flash", FlashMessage.success("convention.flash.quantitySaved"));
            return "redirect:/facilities/" + id + "/conventions";
        }
        catch (InvalidInputException ex) {
            model.addAttribute("quantityErrors", ex.lines(messages, locale, "convention.field."));
            return page(current, form, NoticeForm.EMPTY, model, locale);
        }
    }

    @PostMapping("/facilities/{id}/conventions/quantities/{quantityId}/delete")
    String deleteQuantity(@PathVariable long id, @PathVariable long quantityId, RedirectAttributes redirect) {
        conventions.deleteQuantity(id, quantityId);
        redirect.addFlashAttribute("flash", FlashMessage.success("convention.flash.quantityDeleted"));
        return "redirect:/facilities/" + id + "/conventions";
    }

    @PostMapping("/facilities/{id}/conventions/notices")
    String recordNotice(@PathVariable long id, NoticeForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        FacilityConventions current = conventions.forNoticeForm(id);
        try {
            conventions.recordNotice(id, form.input());
            redirect.addFlashAttribute("flash", FlashMessage.success("convention.flash.noticeSaved"));
            return "redirect:/facilities/" + id + "/conventions";
        }
        catch (InvalidInputException ex) {
            model.addAttribute("noticeErrors", ex.lines(messages, locale, "convention.field."));
            return page(current, QuantityForm.EMPTY, form, model, locale);
        }
    }

    @PostMapping("/facilities/{id}/conventions/notices/{noticeId}/delete")
    String deleteNotice(@PathVariable long id, @PathVariable long noticeId, RedirectAttributes redirect) {
        conventions.deleteNotice(id, noticeId);
        redirect.addFlashAttribute("flash", FlashMessage.success("convention.flash.noticeDeleted"));
        return "redirect:/facilities/" + id + "/conventions";
    }

    private String page(FacilityConventions facility, QuantityForm quantity, NoticeForm notice, Model model,
            Locale locale) {
        model.addAttribute("c", facility);
        model.addAttribute("quantityForm", quantity);
        model.addAttribute("noticeForm", notice);
        model.addAttribute("annex1", conventions.annex1List());
        model.addAttribute("countries", countries.selectable(locale));
        return "conventions/facility";
    }

    /** The report's language: the one asked for, else the page's; another is refused with a 400 naming it. */
    private static Locale language(String lang, Locale locale) {
        if (lang == null || lang.isBlank()) {
            return REPORT_LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH;
        }
        if (!REPORT_LANGUAGES.contains(lang)) {
            Errors errors = new MapBindingResult(new HashMap<>(), "report");
            errors.rejectValue("lang", "validation.enum", new Object[] { "en, ru, kk" }, null);
            throw new InvalidInputException(errors);
        }
        return Locale.forLanguageTag(lang);
    }

    /** A refused export parameter: the error page with status 400, naming the parameter and what is allowed. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException ex, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", HttpServletResponse.SC_BAD_REQUEST);
        view.addObject("details", ex.lines(messages, locale, "convention.field."));
        return view;
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
