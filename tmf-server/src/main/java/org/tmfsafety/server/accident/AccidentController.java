package org.tmfsafety.server.accident;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.Severity;
import org.tmfsafety.methodology.checklist.ChecklistQuestion;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.Checklists;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.SvgCharts;

/**
 * The accident pages: list with filters, one accident with its lessons and their checklist questions, statistics,
 * the dam-break validation against recorded failures, and the CSP2 import for authorities.
 */
@Controller
class AccidentController {

    private final AccidentRepository accidents;

    private final Csp2Import csp2;

    private final AccidentPermissions permissions;

    private final Countries countries;

    private final MessageSource messages;

    private final DamBreakValidation validation;

    private final Checklists checklists;

    AccidentController(AccidentRepository accidents, Csp2Import csp2, AccidentPermissions permissions,
            Countries countries, MessageSource messages, DamBreakValidation validation, Checklists checklists) {
        this.checklists = checklists;
        this.accidents = accidents;
        this.csp2 = csp2;
        this.permissions = permissions;
        this.countries = countries;
        this.messages = messages;
        this.validation = validation;
    }

    @GetMapping("/accidents")
    String list(@Valid @ModelAttribute("search") AccidentSearch search, BindingResult binding, Model model,
            Locale locale) {
        filters(model, locale);
        model.addAttribute("page", binding.hasErrors() ? null : accidents.find(search));
        return "accidents/list";
    }

    @GetMapping("/accidents/{id:[0-9]+}")
    String details(@PathVariable long id, Model model, Locale locale) {
        Accident accident = accidents.findById(id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.accident", id));
        model.addAttribute("accident", accident);
        model.addAttribute("lessons", accidents.lessons(id));
        model.addAttribute("questions", checklists.current().questions().stream()
            .collect(Collectors.toMap(ChecklistQuestion::id, question -> question.text().in(locale.getLanguage()))));
        model.addAttribute("countryName", accident.country() == null ? null : countries.name(accident.country(), locale));
        model.addAttribute("transboundaryNames", accident.transboundaryCountries().stream()
            .map(code -> countries.name(code, locale)).toList());
        return "accidents/details";
    }

    @GetMapping("/accidents/statistics")
    String statistics(@Valid @ModelAttribute("search") AccidentSearch search, BindingResult binding, Model model,
            Locale locale) {
        filters(model, locale);
        List<Accident> all = binding.hasErrors() ? List.of() : accidents.findAll(search);
        model.addAttribute("total", all.size());
        Map<FailureCause, Long> byCause = new EnumMap<>(FailureCause.class);
        Map<DamRaiseMethod, Long> byRaise = new EnumMap<>(DamRaiseMethod.class);
        Map<Integer, Long> byDecade = new TreeMap<>();
        for (Accident accident : all) {
            byCause.merge(accident.cause(), 1L, Long::sum);
            byRaise.merge(accident.damRaiseMethod(), 1L, Long::sum);
            byDecade.merge(accident.decade(), 1L, Long::sum);
        }
        model.addAttribute("byCause", SvgCharts.bars(items(byCause, cause -> label("enum.FailureCause." + cause.name(),
                locale), cause -> link(search, s -> s.setCause(cause))), locale));
        model.addAttribute("byRaise", SvgCharts.bars(items(byRaise, raise -> label("enum.DamRaiseMethod."
                + raise.name(), locale), raise -> link(search, s -> s.setDamRaiseMethod(raise))), locale));
        model.addAttribute("byDecade", SvgCharts.bars(items(byDecade, decade -> decade + "–" + (decade + 9),
                decade -> link(search, s -> s.setDecade(decade))), locale));
        model.addAttribute("releaseRunout", SvgCharts.logScatter(all.stream()
            .filter(a -> a.releasedVolumeM3() != null && a.runoutKm() != null)
            .map(a -> new SvgCharts.Datum(a.releasedVolumeM3(), a.runoutKm(), a.facilityName() + " (" + a.year() + ")",
                    "/accidents/" + a.id(), "chart-point-severity-" + a.severity().code()))
            .toList(), label("accident.chart.released", locale), label("accident.chart.runout", locale), locale, false));
        model.addAttribute("severities", Severity.values());
        return "accidents/statistics";
    }

    @GetMapping("/accidents/dam-break-validation")
    String damBreakValidation(Model model, Locale locale) {
        model.addAttribute("validation", validation.measure(accidents.findAll(new AccidentSearch()), locale));
        return "accidents/validation";
    }

    @GetMapping("/imports/accidents")
    String importPage() {
        permissions.requireImport();
        return "accidents/import";
    }

    @PostMapping("/imports/accidents")
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false")
            boolean commit, Model model, Locale locale) throws IOException {
        permissions.requireImport();
        String name = file == null ? null : file.getOriginalFilename();
        model.addAttribute("fileName", name);
        try {
            model.addAttribute("result", csp2.run(name, file == null ? null : file.getBytes(), !commit, locale));
            model.addAttribute("committed", commit);
        }
        catch (Csp2Import.RejectedException ex) {
            model.addAttribute("errors", ex.errors());
        }
        return "accidents/import";
    }

    private void filters(Model model, Locale locale) {
        model.addAttribute("countries", accidents.countries().stream()
            .map(code -> new Countries.Country(code, countries.name(code, locale)))
            .sorted(Comparator.comparing(Countries.Country::name))
            .toList());
        model.addAttribute("decades", accidents.decades());
        model.addAttribute("causes", FailureCause.values());
        model.addAttribute("raiseMethods", DamRaiseMethod.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("canImport", permissions.canImport());
    }

    private static <K> List<SvgCharts.Item> items(Map<K, Long> counts, Function<K, String> label,
            Function<K, String> href) {
        return counts.entrySet().stream()
            .map(entry -> new SvgCharts.Item(label.apply(entry.getKey()), entry.getValue(), href.apply(entry.getKey())))
            .toList();
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The accident list with the current filters and one more. */
    private static String link(AccidentSearch search, Consumer<AccidentSearch> more) {
        AccidentSearch link = search.copy();
        more.accept(link);
        return "/accidents" + link.pageQuery(0);
    }
}
