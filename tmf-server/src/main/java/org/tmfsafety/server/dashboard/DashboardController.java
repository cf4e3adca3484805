package org.tmfsafety.server.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tmfsafety.methodology.checklist.ChecklistCategory;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.datarequest.DataRequestService;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.facility.TransboundarySummary;
import org.tmfsafety.server.methodology.Checklists;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.SvgCharts;

/**
 * The programme dashboard {@code /dashboard} (public: published facilities and registry aggregates only) and its
 * PDF report: indicators for the country, a region or an operator, charts whose bars lead to the lists behind
 * them, and the monthly trend.
 */
@Controller
class DashboardController {

    private final Dashboard dashboard;

    private final DashboardReport report;

    private final MessageSource messages;

    private final Countries countries;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final OrganisationRepository organisations;

    private final Checklists checklists;

    private final IndexClasses classes;

    private final DataRequestService dataRequests;

    private final CurrentUser user;

    DashboardController(Dashboard dashboard, DashboardReport report, MessageSource messages, Countries countries,
            FacilityRepository facilities, FacilityPermissions permissions, OrganisationRepository organisations,
            Checklists checklists, IndexClasses classes, DataRequestService dataRequests, CurrentUser user) {
        this.dataRequests = dataRequests;
        this.user = user;
        this.dashboard = dashboard;
        this.report = report;
        this.messages = messages;
        this.countries = countries;
        this.facilities = facilities;
        this.permissions = permissions;
        this.organisations = organisations;
        this.checklists = checklists;
        this.classes = classes;
    }

    @GetMapping("/dashboard")
    String page(@Valid @ModelAttribute("search") FacilitySearch search, BindingResult binding, Model model,
            Locale locale) {
        search.checkClasses(binding, classes);
        FacilitySearch used = binding.hasErrors() ? new FacilitySearch() : search;
        Dashboard.Indicators indicators = dashboard.indicators(used);
        model.addAttribute("invalidFilter", binding.hasErrors());
        model.addAttribute("indicators", indicators);
        model.addAttribute("hazardChart", SvgCharts.bars(classItems(indicators.hazard(), used, true, locale), locale));
        model.addAttribute("riskChart", SvgCharts.bars(classItems(indicators.risk(), used, false, locale), locale));
        if (indicators.safetyLevels() != null) {
            model.addAttribute("levelsChart", SvgCharts.bars(levelItems(indicators.safetyLevels(), locale), locale));
        }
        model.addAttribute("transboundaryLink", "/ratings" + drill(used, s -> s.setTransboundary(true)));
        model.addAttribute("undeterminedLink", "/ratings" + drill(used,
                s -> s.setVerdict(TransboundarySummary.Verdict.UNDETERMINED)));
        List<Dashboard.Snapshot> snapshots = dashboard.snapshots();
        model.addAttribute("snapshots", snapshots);
        model.addAttribute("trendMeasures", Dashboard.withMeasures(snapshots));
        model.addAttribute("severeHazard", dashboard.severeHazard(locale));
        model.addAttribute("countries", countries.selectable(locale));
        model.addAttribute("regions", facilities.regions(used.getCountry(), permissions.scope()));
        model.addAttribute("operators", organisations.findAll());
        if (user.isSignedIn()) {
            model.addAttribute("dataRequests", dataRequests.openRequests());
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/report.pdf")
    void pdf(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        search.checkClasses(binding, classes);
        FacilitySearch used = binding.hasErrors() ? new FacilitySearch() : search;
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"tmf-programme-dashboard.pdf\"");
        report.render(dashboard.indicators(used), dashboard.snapshots(), used, locale, response.getOutputStream());
    }

    /** Bars of facilities by class, each leading to the rating list of that class (unrated: the whole ranking). */
    private List<SvgCharts.Item> classItems(Map<String, Long> counts, FacilitySearch search, boolean hazard,
            Locale locale) {
        List<SvgCharts.Item> items = new ArrayList<>();
        counts.forEach((indexClass, count) -> {
            String label = Dashboard.NOT_RATED.equals(indexClass) ? messages.getMessage("map.notRated", null, locale)
                    : classes.present(hazard ? "THI" : "TRI", indexClass, locale).label();
            String href = Dashboard.NOT_RATED.equals(indexClass) ? "/ratings" + drill(search, s -> s.setSort(hazard ? "thi" : "tri"))
                    : "/ratings" + drill(search, s -> {
                        if (hazard) {
                            s.setHazardClass(indexClass);
                        }
                        else {
                            s.setRiskClass(indexClass);
                            s.setSort("tri");
                        }
                    });
            items.add(new SvgCharts.Item(label, count, href));
        });
        return items;
    }

    private List<SvgCharts.Item> levelItems(Map<String, Double> levels, Locale locale) {
        List<SvgCharts.Item> items = new ArrayList<>();
        for (ChecklistCategory category : checklists.current().categories()) {
            Double level = levels.get(category.id());
            if (level != null) {
                items.add(new SvgCharts.Item(category.title().in(locale.getLanguage()), Math.round(level * 10) / 10.0,
                        "/assessments/priority"));
            }
        }
        return items;
    }

    /** The query string of the dashboard's filters with one more setting, for a list behind a number. */
    static String drill(FacilitySearch search, Consumer<FacilitySearch> more) {
        FacilitySearch drill = new FacilitySearch();
        drill.setCountry(search.getCountry());
        drill.setRegion(search.getRegion());
        drill.setOperatorId(search.getOperatorId());
        drill.setStatus(search.getStatus());
        more.accept(drill);
        return drill.pageQuery(0);
    }
}
