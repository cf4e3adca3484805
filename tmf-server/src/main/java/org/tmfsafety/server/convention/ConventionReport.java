package org.tmfsafety.server.convention;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.PdfRenderer;
import org.tmfsafety.server.system.TableExport;

/**
 * The national report of hazardous activities capable of transboundary effects, as XLSX (one sheet per table, numbers
 * as numeric cells, and a sheet saying where each value comes from) and as A4 PDF, in the language asked for. Both
 * are written from the same tables, so that they say the same.
 */
@Component
class ConventionReport {

    private final MessageSource messages;

    private final Countries countries;

    private final ITemplateEngine templates;

    private final PdfRenderer pdf;

    private final Clock clock;

    ConventionReport(MessageSource messages, Countries countries, ITemplateEngine templates, PdfRenderer pdf,
            Clock clock) {
        this.messages = messages;
        this.countries = countries;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** One table of the report: its title, an explanation, the column headers and the rows. */
    record Table(String id, String title, String intro, List<String> headers, List<List<Object>> rows) {
    }

    void xlsx(ConventionService.National national, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            for (Table table : tables(national, locale)) {
                TableExport.sheet(workbook, message("convention.sheet." + table.id(), locale), table.headers(),
                        table.rows());
            }
            TableExport.sheet(workbook, message("convention.sheet.about", locale),
                    List.of(message("convention.report.aboutColumn", locale)),
                    about(locale).stream().map(line -> List.<Object>of(line)).toList());
            workbook.write(out);
        }
    }

    void pdf(ConventionService.National national, Locale locale, OutputStream out) throws IOException {
        Context context = new Context(locale);
        context.setVariable("css", pdf.styleSheet());
        context.setVariable("date", LocalDate.now(clock).toString());
        NumberFormat numbers = numbers(locale);
        context.setVariable("tables", tables(national, locale).stream()
            .map(table -> new Table(table.id(), table.title(), table.intro(), table.headers(), table.rows()
                .stream()
                .map(row -> row.stream().map(v -> v instanceof Number n ? (Object) numbers.format(n) : v).toList())
                .toList()))
            .toList());
        context.setVariable("about", about(locale));
        context.setVariable("total", national.total());
        pdf.render(templates.process("conventions/pdf", context), out);
    }

    List<Table> tables(ConventionService.National national, Locale locale) {
        NumberFormat numbers = numbers(locale);
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("identified", message("convention.report.identified", locale),
                message("convention.report.identifiedIntro", locale),
                headers(locale, "code", "name", "country", "region", "operator", "annex1", "maxRatio", "verdict", "river",
                        "kmToBorder", "countriesConcerned", "allInformed"),
                national.identified().stream().map(c -> {
                    List<Object> row = facility(c, locale);
                    row.add(annex1(c, locale, numbers));
                    row.add(c.annex1().maxRatio());
                    row.add(verdict(c, locale));
                    row.add(c.transboundary().river());
                    row.add(c.transboundary().alongRiverKmToBorder());
                    row.add(concerned(c, locale));
                    row.add(message(c.allInformed() ? "convention.yes" : "convention.no", locale));
                    return row;
                }).toList()));
        tables.add(new Table("toSettle", message("convention.report.toSettle", locale),
                message("convention.report.toSettleIntro", locale),
                headers(locale, "code", "name", "country", "region", "operator", "annex1", "verdict", "settle"),
                national.toSettle().stream().map(c -> {
                    List<Object> row = facility(c, locale);
                    row.add(annex1(c, locale, numbers));
                    row.add(verdict(c, locale));
                    row.add(c.toSettle().stream().map(key -> message(key, locale)).collect(Collectors.joining(" ")));
                    return row;
                }).toList()));
        tables.add(new Table("water", message("convention.report.water", locale),
                message("convention.report.waterIntro", locale),
                headers(locale, "code", "name", "country", "region", "operator", "river", "countriesDownstream"),
                national.water().stream().map(c -> {
                    List<Object> row = facility(c, locale);
                    row.add(c.water().river());
                    row.add(c.water().countries().stream().map(code -> countries.name(code, locale))
                        .collect(Collectors.joining(", ")));
                    return row;
                }).toList()));
        tables.add(new Table("minamata", message("convention.report.minamata", locale),
                message("convention.report.minamataIntro", locale),
                headers(locale, "code", "name", "country", "region", "operator", "evidence"),
                national.minamata().stream().map(c -> {
                    List<Object> row = facility(c, locale);
                    row.add(c.minamata().evidence());
                    return row;
                }).toList()));
        return tables;
    }

    /** Where the values come from and what is provisional, for the report's last sheet and page. */
    List<String> about(Locale locale) {
        return List.of(message("convention.report.generated", locale, LocalDate.now(clock).toString()),
                message("convention.about.annex1", locale), message("convention.about.aggregation", locale),
                message("convention.about.transboundary", locale), message("convention.about.water", locale),
                message("convention.about.minamata", locale), message("convention.about.notices", locale));
    }

    private List<Object> facility(FacilityConventions c, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(c.facility().code());
        row.add(c.facility().displayName(locale));
        row.add(countries.name(c.facility().country(), locale));
        row.add(c.facility().region());
        row.add(c.facility().operator() == null ? null : c.facility().operator().name());
        return row;
    }

    private String annex1(FacilityConventions c, Locale locale, NumberFormat numbers) {
        String status = message("convention.annex1.status." + c.annex1().status(), locale);
        if (c.annex1().lines().isEmpty()) {
            return status;
        }
        return status + ": " + c.annex1().lines().stream()
            .map(line -> message("convention.annex1.line", locale, message(line.quantity().nameKey(), locale),
                    numbers.format(line.quantity().quantityTonnes()), numbers.format(line.thresholdTonnes()),
                    numbers.format(line.ratio())))
            .collect(Collectors.joining("; "));
    }

    private String verdict(FacilityConventions c, Locale locale) {
        FacilityConventions.Transboundary t = c.transboundary();
        if (t.verdict() == null) {
            return message("convention.transboundary.notScreened", locale);
        }
        String verdict = message("transboundary.verdict." + t.verdict(), locale);
        return t.undetermined() == null ? verdict
                : verdict + ": " + message("transboundary.undetermined." + t.undetermined(), locale,
                        numbers(locale).format(t.maxSnapKm()));
    }

    private String concerned(FacilityConventions c, Locale locale) {
        if (c.countries().isEmpty()) {
            return message("convention.countries.unknown", locale);
        }
        return c.countries().stream()
            .map(country -> country.informedOn() == null
                    ? message("convention.country.notInformed", locale, countries.name(country.country(), locale))
                    : message("convention.country.informed", locale, countries.name(country.country(), locale),
                            country.informedOn().toString()))
            .collect(Collectors.joining("; "));
    }

    private List<String> headers(Locale locale, String... columns) {
        return java.util.Arrays.stream(columns).map(column -> message("convention.column." + column, locale)).toList();
    }

    private static NumberFormat numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
