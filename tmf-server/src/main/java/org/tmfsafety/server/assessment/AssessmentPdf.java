package org.tmfsafety.server.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.system.Formats;
import org.tmfsafety.server.system.PdfRenderer;

/**
 * The report of an assessment as an A4 PDF in the user's language (XHTML template {@code assessments/pdf.html}):
 * facility, questionnaire and status, overall and per-category levels, proposed measures by term, deficits, and
 * the facility's safety improvement programme.
 */
@Component
class AssessmentPdf {

    private final ITemplateEngine templates;

    private final PdfRenderer pdf;

    private final Formats formats;

    private final Countries countries;

    AssessmentPdf(ITemplateEngine templates, PdfRenderer pdf, Formats formats, Countries countries) {
        this.templates = templates;
        this.pdf = pdf;
        this.formats = formats;
        this.countries = countries;
    }

    void render(Facility facility, Assessment assessment, ChecklistTemplate template, AssessmentResult result,
            List<ProgrammeItem> programme, List<AnswerSheet.Line> lines, Locale locale, OutputStream out)
            throws IOException {
        String language = locale.getLanguage();
        Map<String, String> categories = new LinkedHashMap<>();
        template.categories().forEach(category -> categories.put(category.id(), category.title().in(language)));
        Map<String, String> questions = new LinkedHashMap<>();
        template.questions().forEach(question -> questions.put(question.id(), question.text().in(language)));
        Map<String, String> measures = new LinkedHashMap<>();
        template.measures().values().forEach(measure -> measures.put(measure.id(), measure.title().in(language)));
        Context context = new Context(locale);
        context.setVariable("css", pdf.styleSheet());
        context.setVariable("formats", formats);
        context.setVariable("countries", countries);
        context.setVariable("facility", facility);
        context.setVariable("assessment", assessment);
        context.setVariable("result", result);
        context.setVariable("categories", categories);
        context.setVariable("questions", questions);
        context.setVariable("measures", measures);
        context.setVariable("byTerm", result.byTerm());
        context.setVariable("programme", programme);
        context.setVariable("lines", lines);
        pdf.render(templates.process("assessments/pdf", context), out);
    }
}
