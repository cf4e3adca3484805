package org.tmfsafety.server.incident;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.BrowserTest;

/**
 * An exercise in Chromium: the operator reports it at its own facility in Kazakh (a release that is not a number is
 * refused and everything typed stays), sees what follows from the data; the authority, in Russian, issues the early
 * warning to the points of contact the data propose (no mail server in this test: the page says to send the PDF),
 * records a receipt given by telephone and downloads the PDF, which prints Cyrillic.
 */
class IncidentBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExerciseIsReportedReviewedIssuedAndAcknowledged() throws Exception {
        long talovsky = jdbc.sql("SELECT id FROM facility WHERE code = 'KZ-0001'").query(Long.class).single();
        Page operator = signedIn("operator", "operator-demo", "kk");
        operator.navigate(url("/facilities/" + talovsky));
        operator.locator("#report-incident").click();
        operator.check("#exercise");
        operator.selectOption("#kind", "OVERTOPPING");
        operator.fill("#releaseM3", "about 5000");
        operator.fill("#measures", "Сорғылар тоқтатылды");
        operator.locator("#save-incident").click();
        assertThat(operator.locator("#incident-errors")).containsText(text("incident.field.releaseM3", KK));
        assertThat(operator.locator("#measures")).hasValue("Сорғылар тоқтатылды");
        assertThat(operator.locator("#exercise")).isChecked();
        operator.fill("#releaseM3", "5 000,5");
        operator.locator("#save-incident").click();

        assertThat(operator.locator("#exercise-banner")).hasText(text("incident.text.exercise", KK));
        assertThat(operator.locator("#incident-release")).containsText("5");
        assertThat(operator.locator(".report-texts > [lang=kk] [data-line=effect]"))
            .containsText(text("incident.text.effect.countries", KK, new java.util.Locale("", "RU").getDisplayCountry(KK)));
        assertThat(operator.locator("#issue")).isVisible();
        assertThat(operator.locator("#issue-form")).hasCount(0);
        String path = operator.url().replaceAll("^https?://[^/]+", "");
        operator.close();

        Page authority = signedIn("authority", "authority-demo", "ru");
        authority.navigate(url(path));
        assertThat(authority.locator("#issue-form input[name=pointOfContactIds]:checked")).hasCount(2);
        authority.locator("#issue-report").click();
        assertThat(authority.locator(".issued-report")).hasCount(1);
        assertThat(authority.locator(".issued-report .mail-status").first())
            .hasText(text("incident.mail.NOT_CONFIGURED", RU));
        authority.locator(".issued-report details summary").first().click();
        authority.locator(".record-receipt input[name=acknowledgedBy]").first().fill("Дежурный по телефону");
        authority.locator(".record-receipt button").first().click();
        assertThat(authority.locator(".issued-report .receipt").first())
            .containsText(Pattern.compile("Дежурный по телефону.*" + text("incident.ack.via.RECORDED", RU)));

        Download download = authority.waitForDownload(() -> authority.locator(".report-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Раннее предупреждение № 1", "Early warning No. 1", "УЧЕНИЯ",
                    "Дежурный по телефону");
        }
        authority.close();
    }
}
