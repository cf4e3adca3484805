package org.tmfsafety.server.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** An inspector runs a quick assessment in Russian in Chromium: start, answer (saved as she goes), submit, result. */
class AssessmentBrowserIT extends BrowserTest {

    @Test
    void anInspectorCompletesAQuickAssessmentAndSeesLevelsAndMeasures() throws Exception {
        long facility = new Api(port).get("/api/v1/facilities?q=KZ-0030").body().get("items").get(0).get("id").asLong();
        Page page = signedIn("inspector", "inspector-demo", "ru");
        page.navigate(url("/facilities/" + facility + "?lang=ru"));
        page.locator("#facility-assessments").click();
        page.selectOption("#family", "QUICK");
        page.locator("#start").click();
        assertThat(page).hasURL(Pattern.compile(".*/assessments/\\d+"));
        Locator questions = page.locator("fieldset.question");
        int count = questions.count();
        assertThat(count).isGreaterThanOrEqualTo(20);
        // KZ-0030 is active: the questions about closed or abandoned TMFs are not asked, and listed on request
        assertThat(page.locator("fieldset.question[data-question=ORG-10]")).hasCount(0);
        assertThat(page.locator("#not-applicable-questions li[data-question=ORG-10]")).hasCount(1);
        Locator related = page.locator("fieldset.question details.related-accidents");
        org.assertj.core.api.Assertions.assertThat(related.count()).as("questions with related accidents").isPositive();
        related.first().locator("summary").click();
        assertThat(related.first().locator("a").first()).hasAttribute("href", Pattern.compile(".*/accidents/\\d+"));
        // three NO, the last but one UNKNOWN (an answer), the last one left open
        for (int i = 0; i < count - 1; i++) {
            Locator question = questions.nth(i);
            String answer = i < 3 ? "NO" : i == count - 2 ? "UNKNOWN" : "YES";
            if (i == 0) {
                question.locator("textarea").fill("Трещина на гребне у пикета 12");
            }
            question.locator("select").selectOption("DOCUMENTED");
            question.locator("input[value=" + answer + "]").check();
            assertThat(question).hasAttribute("data-saved", "true");
        }
        assertThat(page.locator("#progress-text")).hasText(text("assessment.progress", RU, count - 1, count));
        String open = questions.nth(count - 1).getAttribute("data-question");
        Browser.screenshot(page, "40-assessment-questionnaire-ru");
        page.locator("#attach-file").setInputFiles(new FilePayload("crest.png", "image/png", Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")));
        page.locator("#attach").click();
        assertThat(page.locator("#attached")).hasText(text("assessment.attachment.saved", RU));
        assertThat(page.locator("#attachment-list")).containsText("crest.png");
        page.locator("#submit").click();
        // submitting with a question open asks first, naming it
        assertThat(page.locator("#confirm-unanswered")).containsText(text("assessment.submit.unanswered", RU, 1, count));
        assertThat(page.locator("#unanswered-list li")).hasCount(1);
        assertThat(page.locator("#unanswered-list li")).hasAttribute("data-question", open);
        page.locator("#submit-anyway").click();
        assertThat(page).hasURL(Pattern.compile(".*/assessments/\\d+/result"));
        double overall = Double.parseDouble(page.locator("#overall").getAttribute("data-value"));
        assertThat(overall).isGreaterThan(0).isLessThan(100);
        double coverage = Double.parseDouble(page.locator("#overall-coverage").getAttribute("data-value"));
        org.assertj.core.api.Assertions.assertThat(coverage).isEqualTo(100.0 * (count - 1) / count);
        assertThat(page.locator("#not-assessed")).containsText(open);
        assertThat(page.locator("li.measure").first()).isVisible();
        // the three NO and the UNKNOWN answers are deficits; a documented YES is fully met, the open question is none
        assertThat(page.locator("#deficits tbody tr")).hasCount(4);
        // every answer with its evidence and comment, the photo beside its question, who inspected
        assertThat(page.locator("#answers-table tbody tr")).hasCount(count);
        assertThat(page.locator("#answers-table tbody tr").first().locator(".comment"))
            .hasText("Трещина на гребне у пикета 12");
        assertThat(page.locator("#answers-table tr[data-question=" + open + "] .answer"))
            .hasText(text("assessment.result.notAnswered", RU));
        assertThat(page.locator("#answers-table img.answer-thumb")).hasCount(1);
        assertThat(page.locator("#inspection")).containsText("inspector");
        Browser.screenshot(page, "41-assessment-result-ru");
        String pdfUrl = page.locator("#report-pdf").getAttribute("href");
        byte[] pdf = page.request().get(url(pdfUrl)).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // cells wrap their text: compare with single spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(text("assessment.pdf.title", RU)).contains("KZ-0030")
                .contains(text("assessment.result.deficits", RU)).contains("LEG-01")
                .contains(text("assessment.result.coverageColumn", RU))
                .contains("Трещина на гребне у пикета 12", "inspector", text("assessment.result.answers", RU));
        }
        int proposed = page.locator("li.measure").count();
        page.locator("#adopt").click();
        assertThat(page).hasURL(Pattern.compile(".*/facilities/\\d+/programme"));
        assertThat(page.locator(".programme-item")).hasCount(proposed);
        // every planned measure on the time line, in its term's lane
        assertThat(page.locator("#programme-timeline g.point")).hasCount(proposed);
        assertThat(page.locator(".programme-item .priority").first()).not().hasText(text("programme.priority.none", RU));
        Locator first = page.locator(".programme-item").first();
        first.locator("summary").click();
        first.locator("select[name=status]").selectOption("IN_PROGRESS");
        first.locator("input[name=dueDate]").fill("2020-01-31");
        first.locator("button[type=submit]").click();
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator(".programme-item .overdue")).hasCount(1);
        assertThat(page.locator(".programme-item .overdue")).hasText(text("programme.overdue", RU));
        Browser.screenshot(page, "42-programme-ru");
        page.locator("#priority-link").click();
        Locator cell = page.locator("td[data-cell='NONE/GOOD']");
        assertThat(cell).not().hasAttribute("data-count", "0");
        cell.locator("a").click();
        assertThat(page.locator("#priority-cell")).containsText("KZ-0030");
        Browser.screenshot(page, "43-priority-matrix-ru");
        page.context().close();
    }

    @Test
    void twoAssessmentsAreComparedCategoryByCategoryInKazakh() {
        Api inspector = new Api(port).as("inspector", "inspector-demo");
        long facility = inspector.get("/api/v1/facilities?q=KZ-0012").body().get("items").get(0).get("id").asLong();
        tools.jackson.databind.node.ObjectNode start = Api.object();
        start.put("family", "QUICK");
        inspector.post("/api/v1/facilities/" + facility + "/assessments", start);
        inspector.post("/api/v1/facilities/" + facility + "/assessments", start);
        Page page = signedIn("inspector", "inspector-demo", "kk");
        page.navigate(url("/facilities/" + facility + "/assessments?lang=kk"));
        page.locator("#compare").click();
        assertThat(page.locator("h1")).containsText(text("assessment.compare.title", KK));
        assertThat(page.locator("#comparison-overall")).isVisible();
        page.context().close();
    }
}
