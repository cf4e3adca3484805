package org.tmfsafety.server.rating;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.MethodologyProfiles;

/**
 * Renders the rating list as an A4 PDF from the XHTML template {@code ratings/pdf.html}: title, date,
 * methodology profile, filters, the ranked table and page numbers, in the user's language, with DejaVu
 * Sans embedded so that Russian and Kazakh letters print.
 */
@Component
class RatingPdf {

    private static final String[] FONTS = { "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf" };

    private final ITemplateEngine templates;

    private final MessageSource messages;

    private final Countries countries;

    private final MethodologyProfiles profiles;

    private final Clock clock;

    /** The report's style sheet, read once. */
    private final String css;

    RatingPdf(ITemplateEngine templates, MessageSource messages, Countries countries, MethodologyProfiles profiles,
            Clock clock) throws IOException {
        this.css = new String(new ClassPathResource("templates/ratings/pdf.css").getContentAsByteArray(),
                StandardCharsets.UTF_8);
        this.templates = templates;
        this.messages = messages;
        this.countries = countries;
        this.profiles = profiles;
        this.clock = clock;
    }

    void render(List<RatingItem> items, List<String> filters, Locale locale, OutputStream out) throws IOException {
        Context context = new Context(locale);
        context.setVariable("rows", rows(items, locale));
        context.setVariable("filters", filters);
        context.setVariable("date", LocalDate.now(clock).toString());
        context.setVariable("profile", profiles.defaultProfile().id().toString());
        context.setVariable("css", css);
        String html = templates.process("ratings/pdf", context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(FONTS[0]), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font(FONTS[1]), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        }
        catch (IOException e) {
            throw new IllegalStateException("missing font " + path, e);
        }
    }

    private List<List<String>> rows(List<RatingItem> items, Locale locale) {
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);
        List<List<String>> rows = new ArrayList<>();
        for (RatingItem item : items) {
            rows.add(List.of(String.valueOf(item.rank()), item.code(), item.name(), countries.name(item.country(), locale),
                    messages.getMessage("enum.FacilityStatus." + item.status(), null, locale),
                    item.storedVolumeM3() == null ? "" : whole.format(item.storedVolumeM3()),
                    item.thi() == null ? "" : decimal.format(item.thi()), classLabel(item.hazardClass(), locale),
                    item.tri() == null ? "" : decimal.format(item.tri()), classLabel(item.riskClass(), locale)));
        }
        return rows;
    }

    private String classLabel(String indexClass, Locale locale) {
        return indexClass == null ? messages.getMessage("map.notRated", null, locale)
                : messages.getMessage("rating.class." + indexClass, null, locale);
    }

}
