package org.tmfsafety.server.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tmfsafety.server.system.Formats;
import org.tmfsafety.server.system.PdfRenderer;

/**
 * An issued report as PDF (bundled DejaVu Sans, so Cyrillic and Kazakh letters print): its text in English, Russian
 * and the reader's language as it was sent, and its recipients with their receipts.
 */
@Component
class IncidentPdf {

    private final ITemplateEngine templates;

    private final PdfRenderer pdf;

    private final NotificationText texts;

    private final Formats formats;

    IncidentPdf(ITemplateEngine templates, PdfRenderer pdf, NotificationText texts, Formats formats) {
        this.templates = templates;
        this.pdf = pdf;
        this.texts = texts;
        this.formats = formats;
    }

    void render(Incident incident, IssuedReport report, Locale locale, OutputStream out) throws IOException {
        Context context = new Context(locale);
        context.setVariable("css", pdf.styleSheet());
        context.setVariable("formats", formats);
        context.setVariable("incident", incident);
        context.setVariable("issued", report);
        context.setVariable("texts", NotificationText.languages(locale).stream()
            .map(language -> texts.of(report.report(), language)).toList());
        pdf.render(templates.process("incidents/pdf", context), out);
    }
}
