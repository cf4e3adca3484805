package org.tmfsafety.server.datarequest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/**
 * A data request round trip in Chromium, in Russian: the authority opens a request for two facilities of a region,
 * the operator answers in the grid (first forgetting a source) and through the downloaded workbook, and the
 * authority accepts two answers, which rates the facility that had no size and lowers the other one's upper
 * bound, and returns the third with a reason.
 */
class DataRequestBrowserIT extends BrowserTest {

    private static final String REGION = "Область запроса данных";

    @Autowired
    JdbcClient jdbc;

    private long facility(String code, Double volume) {
        ObjectNode facility = Api.object();
        facility.put("code", code);
        facility.put("name", "Хвостохранилище " + code);
        facility.put("country", "KAZ");
        facility.put("region", REGION);
        facility.put("latitude", 50.1);
        facility.put("longitude", 82.9);
        facility.put("status", "ACTIVE");
        facility.put("operatorId", jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'")
            .query(Long.class).single());
        facility.put("waterHazardClass", "WGK3");
        if (volume != null) {
            facility.put("storedVolumeM3", volume);
        }
        return new Api(port).asAuthority().post("/api/v1/facilities", facility).body().get("id").asLong();
    }

    private long item(long facility, String field) {
        return jdbc.sql("SELECT id FROM data_request_item WHERE facility_id = :f AND field = :field")
            .param("f", facility).param("field", field).query(Long.class).single();
    }

    private double thiUpper(Page page, long facility) {
        page.navigate(url("/facilities/" + facility));
        return Double.parseDouble(page.locator("[data-index=THI] strong[data-value]").getAttribute("data-value"));
    }

    @Test
    void anAuthorityAsksTheOperatorAnswersInTheGridAndTheWorkbookAndAcceptedAnswersChangeTheRatings()
            throws IOException {
        long unsized = facility("DRB-1", null);
        long rated = facility("DRB-2", 3_000_000.0);
        Page authority = signedIn("authority", "authority-demo", "ru");
        Page operator = null;
        try {
            double ratedBefore = thiUpper(authority, rated);
            authority.locator("#ask-operator").click();
            assertThat(authority.locator("#chosen-facilities")).containsText("DRB-2");
            authority.navigate(url("/facilities/" + unsized));
            assertThat(authority.locator("#not-rated")).isVisible();

            authority.locator("#data-requests-link").click();
            authority.locator("#new-data-request").click();
            authority.fill("#title", "Сведения о хвостохранилищах Казцинка");
            authority.fill("#message", "Просим указать объём и состояние дамбы с источником.");
            authority.fill("#dueDate", LocalDate.now().plusDays(30).toString());
            authority.fill("#region", REGION);
            authority.locator("#field-storedVolumeM3").check();
            authority.locator("#field-damCondition").check();
            authority.locator("#open-data-request").click();
            assertThat(authority).hasURL(Pattern.compile(".*/data-requests/\\d+"));
            assertThat(authority.locator("#flash")).containsText(text("datarequest.flash.opened", RU, 3));
            assertThat(authority.locator("#item-table tbody tr")).hasCount(3);
            String requestPath = authority.url().replaceAll("^.*(/data-requests/\\d+).*$", "$1");

            operator = signedIn("operator", "operator-demo", "ru");
            operator.locator("#data-requests-link").click();
            operator.locator("#data-request-table a", new Page.LocatorOptions()
                .setHasText("Сведения о хвостохранилищах Казцинка")).click();
            assertThat(operator.locator("#data-request-message")).containsText("объём");
            long volume = item(unsized, "storedVolumeM3");
            long ratedDam = item(rated, "damCondition");
            long unsizedDam = item(unsized, "damCondition");
            operator.fill("#value-" + volume, "1 200 000");
            operator.selectOption("#value-" + ratedDam, "NO_DEFICIENCIES");
            operator.fill("#source-" + ratedDam, "Акт обследования дамбы, 2026");
            operator.locator("#send-answers").click();
            assertThat(operator.locator("#data-request-errors")).containsText("DRB-1");
            assertThat(operator.locator("#data-request-errors")).containsText(
                    text("datarequest.answer.sourceMissing", RU, "DRB-1 · " + text("facility.field.storedVolumeM3", RU)));
            assertThat(operator.locator("#value-" + volume)).hasValue("1 200 000");
            operator.fill("#source-" + volume, "Маркшейдерская съёмка, 2026");
            operator.locator("#send-answers").click();
            assertThat(operator.locator("#flash")).containsText(text("datarequest.flash.answered", RU));

            Page answering = operator;
            Download download = answering.waitForDownload(() -> answering.locator("#download-workbook").click());
            byte[] filled;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    Files.readAllBytes(download.path())))) {
                Sheet sheet = workbook.getSheetAt(0);
                for (Row row : sheet) {
                    if (row.getRowNum() > 0 && (long) row.getCell(DataRequestWorkbook.ITEM).getNumericCellValue() == unsizedDam) {
                        row.createCell(DataRequestWorkbook.ANSWER).setCellValue(text("enum.DamCondition.DEFICIENCIES", RU));
                        row.createCell(DataRequestWorkbook.SOURCE).setCellValue("Предписание инспекции, 2025");
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                filled = out.toByteArray();
            }
            operator.locator("#workbook-file").setInputFiles(new FilePayload("ответы.xlsx",
                    DataRequestApiController.XLSX, filled));
            operator.locator("#upload-workbook").click();
            assertThat(operator.locator("#flash")).containsText(text("datarequest.flash.answered", RU));
            assertThat(operator.locator("[data-item='" + unsizedDam + "']")).hasAttribute("data-status", "ANSWERED");
            Browser.screenshot(operator, "80-data-request-operator-ru");

            authority.navigate(url(requestPath));
            assertThat(authority.locator("#decision-table tbody tr")).hasCount(3);
            authority.locator("#accept-" + volume).click();
            assertThat(authority.locator("#flash")).containsText(text("datarequest.flash.accepted", RU));
            authority.locator("#accept-facility-" + ratedDam).click();
            assertThat(authority.locator("#flash")).containsText(text("datarequest.flash.accepted", RU));
            authority.locator("#return-" + unsizedDam).click();
            assertThat(authority.locator("#data-request-errors")).isVisible();
            authority.fill("#reason-" + unsizedDam, "Приложите акт обследования.");
            authority.locator("#return-" + unsizedDam).click();
            assertThat(authority.locator("#flash")).containsText(text("datarequest.flash.returned", RU));
            assertThat(authority.locator("[data-item='" + unsizedDam + "']")).containsText("Приложите акт обследования.");
            assertThat(authority.locator("#progress-table tbody tr td").nth(3)).hasText("2");
            Browser.screenshot(authority, "81-data-request-authority-ru");

            authority.navigate(url("/facilities/" + unsized));
            assertThat(authority.locator("[data-index=THI]")).isVisible();
            assertThat(thiUpper(authority, rated)).as("the dam's worst case is gone").isEqualTo(ratedBefore - 2.0);

            authority.navigate(url("/dashboard"));
            assertThat(authority.locator("#data-request-progress")).containsText("Сведения о хвостохранилищах Казцинка");
        }
        finally {
            authority.close();
            if (operator != null) {
                operator.close();
            }
        }
    }
}
