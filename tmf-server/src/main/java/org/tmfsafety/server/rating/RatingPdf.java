package org.tmfsafety.server.rating;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.methodology.MethodologyProfiles;
import org.tmfsafety.server.system.PdfRenderer;

/**
 * Renders the rating list as an A4 PDF from the XHTML template {@code ratings/pdf.html}: title, date,
 * methodology profile, filters, the ranked table and page numbers, in the user's language.
 */
@Component
class RatingPdf {

    private final ITemplateEngine templates;

    private final MessageSource messages;

    private final Countries countries;

    private final MethodologyProfiles profiles;

    private final Clock clock;

    private final PdfRenderer pdf;

    private final IndexClasses classes;

    RatingPdf(ITemplateEngine templates, MessageSource messages, Countries countries, MethodologyProfiles profiles,
            Clock clock, PdfRenderer pdf, IndexClasses classes) {
        this.templates = templates;
        this.messages = messages;
        this.countries = countries;
        this.profiles = profiles;
        this.clock = clock;
        this.pdf = pdf;
        this.classes = classes;
    }

    void render(List<RatingItem> items, List<String> filters, Locale locale, OutputStream out) throws IOException {
        Context context = new Context(locale);
        context.setVariable("rows", rows(items, locale));
        context.setVariable("filters", filters);
        context.setVariable("date", LocalDate.now(clock).toString());
        context.setVariable("profile", profiles.defaultProfile().id().toString());
        context.setVariable("css", pdf.styleSheet());
        String html = templates.process("ratings/pdf", context);
        pdf.render(html, out);
    }

    private List<List<String>> rows(List<RatingItem> items, Locale locale) {
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);
        List<List<String>> rows = new ArrayList<>();
        for (RatingItem item : items) {
            rows.add(List.of(item.rank() == null ? "" : String.valueOf(item.rank()), item.code(), item.name(), countries.name(item.country(), locale),
                    messages.getMessage("enum.FacilityStatus." + item.status(), null, locale),
                    item.storedVolumeM3() == null ? "" : whole.format(item.storedVolumeM3()),
                    range(item.thiLow(), item.thi(), decimal, locale),
                    classRange(item, "THI", item.hazardClassLow(), item.hazardClass(), locale),
                    range(item.triLow(), item.tri(), decimal, locale),
                    classRange(item, "TRI", item.riskClassLow(), item.riskClass(), locale)));
        }
        return rows;
    }

    private String range(Double low, Double high, NumberFormat format, Locale locale) {
        if (high == null) {
            return "";
        }
        return low == null || format.format(low).equals(format.format(high)) ? format.format(high)
                : messages.getMessage("rating.range", new Object[] { format.format(low), format.format(high) }, locale);
    }

    /** The class of an index, or its range under incomplete data, labelled by the profile that rated the facility. */
    private String classRange(RatingItem item, String index, String low, String high, Locale locale) {
        if (high == null) {
            return messages.getMessage("rating.notRateable.short", null, locale);
        }
        String upper = label(item, index, high, locale);
        return low == null || low.equals(high) ? upper
                : messages.getMessage("rating.range", new Object[] { label(item, index, low, locale), upper }, locale);
    }

    private String label(RatingItem item, String index, String indexClass, Locale locale) {
        return classes.stored(item.profile(), index, indexClass, locale).label();
    }

}
