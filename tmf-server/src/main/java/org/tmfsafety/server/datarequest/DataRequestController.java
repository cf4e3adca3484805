package org.tmfsafety.server.datarequest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.organisation.OrganisationKind;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.TranslatableException;

/** The pages of data requests: the list, opening one, and one request's grid, workbook and decisions. */
@Controller
class DataRequestController {

    private final DataRequestService service;

    private final DataRequestPermissions permissions;

    private final AskableFields fields;

    private final FacilityRepository facilities;

    private final OrganisationRepository organisations;

    private final Countries countries;

    private final MessageSource messages;

    private final Clock clock;

    DataRequestController(DataRequestService service, DataRequestPermissions permissions, AskableFields fields,
            FacilityRepository facilities, OrganisationRepository organisations, Countries countries,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.permissions = permissions;
        this.fields = fields;
        this.facilities = facilities;
        this.organisations = organisations;
        this.countries = countries;
        this.messages = messages;
    }

    @GetMapping("/data-requests")
    String list(Model model) {
        model.addAttribute("requests", service.list());
        model.addAttribute("today", LocalDate.now(clock));
        return "datarequests/list";
    }

    @GetMapping("/data-requests/new")
    String newRequest(@RequestParam(required = false) List<Long> facilityIds, Model model, Locale locale) {
        permissions.requireManage();
        if (facilityIds != null && !facilityIds.isEmpty()) {
            model.addAttribute("entered", new Opening(null, null, null, null,
                    new Selection(facilityIds, null, null, null, null, null)));
        }
        formModel(model, locale);
        return "datarequests/form";
    }

    @PostMapping("/data-requests")
    String open(@RequestParam(required = false) String title, @RequestParam(required = false) String message,
            @RequestParam(required = false) String dueDate, @RequestParam(required = false) Long operatorId,
            @RequestParam(required = false) String country, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer maxCompleteness,
            @RequestParam(defaultValue = "false") boolean notRateable,
            @RequestParam(required = false) List<String> fieldNames,
            @RequestParam(required = false) List<Long> facilityIds, Model model, Locale locale,
            RedirectAttributes redirect) {
        permissions.requireManage();
        Opening opening = new Opening(title, message, date(dueDate), fieldNames,
                new Selection(facilityIds, operatorId, country, region, maxCompleteness, notRateable ? Boolean.TRUE : null));
        try {
            long id = service.open(opening);
            redirect.addFlashAttribute("flash", FlashMessage.success("datarequest.flash.opened",
                    service.view(id).total().asked()));
            return "redirect:/data-requests/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", lines(ex, locale));
            model.addAttribute("entered", opening);
            model.addAttribute("dueDateText", dueDate);
            formModel(model, locale);
            return "datarequests/form";
        }
    }

    private void formModel(Model model, Locale locale) {
        model.addAttribute("operators", organisations.findAll().stream()
            .filter(o -> o.kind() == OrganisationKind.OPERATOR).toList());
        model.addAttribute("countries", countries.selectable(locale));
        Object entered = model.getAttribute("entered");
        if (entered instanceof Opening opening && opening.selection().facilityIds() != null) {
            model.addAttribute("chosenFacilities", opening.selection().facilityIds().stream()
                .map(facilities::findById).flatMap(java.util.Optional::stream).toList());
        }
        model.addAttribute("askable", fields.all().stream()
            .map(f -> new GridRow.Option(f.name(), fields.label(f.name(), locale))).toList());
    }

    @GetMapping("/data-requests/{id}")
    String request(@PathVariable long id, Model model, Locale locale) {
        DataRequestService.View view = service.view(id);
        model.addAttribute("view", view);
        model.addAttribute("rows", rows(view.items(), locale));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("answering", view.items().stream().anyMatch(
                item -> permissions.canAnswer(item) && item.answerable()));
        return "datarequests/request";
    }

    private List<GridRow> rows(List<RequestItem> items, Locale locale) {
        Map<Long, Facility> byId = new HashMap<>();
        List<GridRow> rows = new ArrayList<>();
        for (RequestItem item : items) {
            Facility facility = byId.computeIfAbsent(item.facilityId(), f -> facilities.findById(f).orElseThrow());
            AskableFields.Field field = fields.find(item.field()).orElseThrow();
            List<GridRow.Option> options = field.kind() == AskableFields.Kind.CHOICE
                    || field.kind() == AskableFields.Kind.YES_NO
                            ? fields.options(item.field()).stream()
                                .map(o -> new GridRow.Option(o, fields.optionLabel(item.field(), o, locale)))
                                .toList()
                            : List.of();
            rows.add(new GridRow(item, item.facilityName().in(locale), item.organisationName().in(locale),
                    fields.label(item.field(), locale), field.kind().name(),
                    fields.display(item.field(), fields.current(facility, item.field()), locale),
                    fields.display(item.field(), item.answer(), locale), item.answer(), options,
                    permissions.canAnswer(item) && item.answerable()));
        }
        return rows;
    }

    @PostMapping("/data-requests/{id}/answers")
    String answer(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect) {
        List<Answer> answers = new ArrayList<>();
        for (RequestItem item : service.view(id).items()) {
            String value = form.get("value_" + item.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            answers.add(new Answer(item.id(), version(form.get("version_" + item.id())), value,
                    form.get("source_" + item.id()), null));
        }
        return answered(id, () -> service.answer(id, answers), form, model, locale, redirect);
    }

    @GetMapping("/data-requests/{id}/workbook.xlsx")
    void workbook(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        service.view(id);
        response.setContentType(DataRequestApiController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("data-request-" + id + ".xlsx").build().toString());
        service.workbook(id, locale, response.getOutputStream());
    }

    @PostMapping("/data-requests/{id}/workbook")
    String uploadWorkbook(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
            Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] data = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return answered(id, () -> service.answerWorkbook(id, name, data), Map.of(), model, locale, redirect);
    }

    private String answered(long id, Runnable work, Map<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            work.run();
            redirect.addFlashAttribute("flash", FlashMessage.success("datarequest.flash.answered"));
            return "redirect:/data-requests/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", lines(ex, locale));
            if (!form.isEmpty()) {
                model.addAttribute("entered", form);
            }
            return request(id, model, locale);
        }
        catch (TranslatableException | EditConflictException ex) {
            redirect.addFlashAttribute("flash", warning(ex));
            return "redirect:/data-requests/" + id;
        }
    }

    @PostMapping("/data-requests/{id}/items/{itemId}/accept")
    String accept(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        return decided(id, () -> service.accept(id, Map.of(itemId, version(version))), "datarequest.flash.accepted",
                redirect);
    }

    @PostMapping("/data-requests/{id}/facilities/{facilityId}/accept")
    String acceptFacility(@PathVariable long id, @PathVariable long facilityId, RedirectAttributes redirect) {
        return decided(id, () -> service.acceptFacility(id, facilityId), "datarequest.flash.accepted", redirect);
    }

    @PostMapping("/data-requests/{id}/items/{itemId}/return")
    String returnItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            service.returnItem(id, itemId, version(version), reason);
            redirect.addFlashAttribute("flash", FlashMessage.success("datarequest.flash.returned"));
            return "redirect:/data-requests/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", lines(ex, locale));
            return request(id, model, locale);
        }
        catch (TranslatableException | EditConflictException ex) {
            redirect.addFlashAttribute("flash", warning(ex));
            return "redirect:/data-requests/" + id;
        }
    }

    @PostMapping("/data-requests/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        return decided(id, () -> service.close(id, version(version)), "datarequest.flash.closed", redirect);
    }

    private String decided(long id, Runnable work, String done, RedirectAttributes redirect) {
        try {
            work.run();
            redirect.addFlashAttribute("flash", FlashMessage.success(done));
        }
        catch (TranslatableException | EditConflictException ex) {
            redirect.addFlashAttribute("flash", warning(ex));
        }
        return "redirect:/data-requests/" + id;
    }

    /**
     * The errors as lines for the page: an answer's message names its row, facility and field itself; other fields
     * are named by their label.
     */
    private List<String> lines(InvalidInputException ex, Locale locale) {
        return ex.errors().getAllErrors().stream().map(error -> {
            String message = messages.getMessage(error, locale);
            if (error instanceof FieldError field && !field.getField().startsWith("answers[")) {
                return messages.getMessage("datarequest.field." + field.getField(), null, locale) + ": " + message;
            }
            return message;
        }).toList();
    }

    private static FlashMessage warning(RuntimeException ex) {
        if (ex instanceof EditConflictException conflict) {
            return FlashMessage.warning(conflict.messageKey(), conflict.submittedVersion(), conflict.currentVersion());
        }
        TranslatableException translatable = (TranslatableException) ex;
        return FlashMessage.warning(translatable.messageKey(), translatable.messageArgs());
    }

    private static int version(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
