package org.tmfsafety.server.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.checklist.ChecklistCategory;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.methodology.Checklists;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.system.PdfRenderer;

/**
 * The programme report: the dashboard's indicators and monthly trend as an A4 PDF (template
 * {@code dashboard/pdf.html}) in the user's language, bars drawn as table cells so the PDF needs no SVG support.
 */
@Component
class DashboardReport {

    private final ITemplateEngine templates;

    private final MessageSource messages;

    private final Countries countries;

    private final Checklists checklists;

    private final PdfRenderer pdf;

    private final Clock clock;

    private final IndexClasses classes;

    private final Dashboard dashboard;

    DashboardReport(ITemplateEngine templates, MessageSource messages, Countries countries, Checklists checklists,
            PdfRenderer pdf, Clock clock, IndexClasses classes, Dashboard dashboard) {
        this.templates = templates;
        this.messages = messages;
        this.countries = countries;
        this.checklists = checklists;
        this.pdf = pdf;
        this.clock = clock;
        this.classes = classes;
        this.dashboard = dashboard;
    }

    /** A labelled value with its share of the largest value in its table, in percent (for the bar). */
    record Row(String label, String value, long percent) {
    }

    void render(Dashboard.Indicators indicators, List<Dashboard.Snapshot> snapshots, FacilitySearch search,
            Locale locale, OutputStream out) throws IOException {
        Context context = new Context(locale);
        context.setVariable("indicators", indicators);
        context.setVariable("hazard", classRows("THI", indicators.hazard(), locale));
        context.setVariable("risk", classRows("TRI", indicators.risk(), locale));
        if (indicators.safetyLevels() != null) {
            List<Row> levels = new ArrayList<>();
            for (ChecklistCategory category : checklists.current().categories()) {
                Double level = indicators.safetyLevels().get(category.id());
                if (level != null) {
                    levels.add(new Row(category.title().in(locale.getLanguage()), Math.round(level) + " %",
                            Math.round(level)));
                }
            }
            context.setVariable("levels", levels);
        }
        context.setVariable("snapshots", snapshots);
        context.setVariable("trendMeasures", Dashboard.withMeasures(snapshots));
        context.setVariable("severeHazard", dashboard.severeHazard(locale));
        context.setVariable("scope", scope(search, locale));
        context.setVariable("date", LocalDate.now(clock).toString());
        context.setVariable("css", pdf.styleSheet());
        pdf.render(templates.process("dashboard/pdf", context), out);
    }

    private List<Row> classRows(String index, java.util.Map<String, Long> counts, Locale locale) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        counts.forEach((indexClass, count) -> rows.add(new Row(Dashboard.NOT_RATED.equals(indexClass)
                ? messages.getMessage("map.notRated", null, locale)
                : classes.present(index, indexClass, locale).label(), String.valueOf(count),
                max == 0 ? 0 : Math.round(100.0 * count / max))));
        return rows;
    }

    private String scope(FacilitySearch search, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (search.getCountry() != null) {
            parts.add(countries.name(search.getCountry(), locale));
        }
        if (search.getRegion() != null) {
            parts.add(search.getRegion());
        }
        return parts.isEmpty() ? messages.getMessage("dashboard.scope.all", null, locale) : String.join(", ", parts);
    }
}
