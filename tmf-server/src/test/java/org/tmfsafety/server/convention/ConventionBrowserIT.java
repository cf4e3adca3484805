package org.tmfsafety.server.convention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/**
 * The authority, in Russian, records at Talovsky (its river leaves Kazakhstan for Russia) the quantity of a substance
 * very toxic to aquatic organisms (a quantity that is not a number is refused and everything typed stays) and that
 * Russia was informed; the facility moves from "to be settled" to the hazardous activities identified, the national
 * page and its PDF (Cyrillic) and XLSX (numbers as numbers) say so; removing both brings it back.
 */
class ConventionBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHazardousActivityIsIdentifiedReportedAndExported() throws Exception {
        long talovsky = jdbc.sql("SELECT id FROM facility WHERE code = 'KZ-0001'").query(Long.class).single();
        Page page = signedIn("authority", "authority-demo", "ru");
        page.navigate(url("/facilities/" + talovsky));
        assertThat(page.locator("#conventions [data-listing]")).hasAttribute("data-listing", "TO_SETTLE");
        assertThat(page.locator("#conventions [data-settle]")).hasText(text("convention.settle.annex1", RU));
        assertThat(page.locator("#conventions [data-convention=water]")).hasAttribute("data-status", "APPLIES");
        page.locator("#conventions-link").click();

        page.selectOption("#entry", "PART_I:8b");
        page.fill("#quantityTonnes", "много");
        page.fill("#source", "Разрешение на эмиссии 2025");
        page.locator("#save-quantity").click();
        assertThat(page.locator("#quantity-errors")).containsText(text("convention.field.quantityTonnes", RU));
        assertThat(page.locator("#quantityTonnes")).hasValue("много");
        assertThat(page.locator("#source")).hasValue("Разрешение на эмиссии 2025");
        assertThat(page.locator("#entry")).hasValue("PART_I:8b");
        page.fill("#quantityTonnes", "1 250,5");
        page.locator("#save-quantity").click();
        // 1 250.5 t against the 200 t threshold of category 8b
        assertThat(page.locator("#quantities-table [data-entry='8b'] .ratio")).hasText("6,25");
        assertThat(page.locator(".convention-summary [data-listing]")).hasAttribute("data-listing", "IDENTIFIED");
        String russia = new Locale("", "RU").getDisplayCountry(RU);
        assertThat(page.locator("#countries-concerned [data-country=RUS]"))
            .hasText(text("convention.country.notInformed", RU, russia));

        page.selectOption("#country", "RUS");
        page.fill("#informedOn", "2026-03-02");
        page.fill("#reference", "Нота № 12/345");
        page.locator("#save-notice").click();
        assertThat(page.locator("#countries-concerned [data-country=RUS]"))
            .hasText(text("convention.country.informed", RU, russia, "2026-03-02"));
        Browser.screenshot(page, "61-facility-conventions-ru");

        page.navigate(url("/conventions"));
        assertThat(page.locator("#identified-table tr[data-facility=KZ-0001] [data-country=RUS]"))
            .hasText(text("convention.country.informed", RU, russia, "2026-03-02"));
        assertThat(page.locator("#to-settle-table tr[data-facility=KZ-0001]")).hasCount(0);
        assertThat(page.locator("#to-settle-reasons [data-settle='convention.settle.annex1']")).isVisible();
        assertThat(page.locator("#minamata-list [data-facility=KG-0009]")).hasCount(1);
        Browser.screenshot(page, "60-conventions-ru");

        Download pdfDownload = page.waitForDownload(() -> page.locator("#export-pdf-ru").click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdfDownload.path()))) {
            // table cells wrap their text: compare without white space
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(text("convention.report.title", RU).replaceAll("\\s+", ""), "KZ-0001",
                    text("convention.country.informed", RU, russia, "2026-03-02").replaceAll("\\s+", ""));
        }
        Download xlsxDownload = page.waitForDownload(() -> page.locator("#export-xlsx-en").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsxDownload.path())))) {
            Sheet identified = workbook.getSheet(text("convention.sheet.identified", Locale.ENGLISH));
            Row header = identified.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo(text("convention.column.code", Locale.ENGLISH));
            Row talovskyRow = null;
            for (Row row : identified) {
                if (row.getRowNum() > 0 && "KZ-0001".equals(row.getCell(0).getStringCellValue())) {
                    talovskyRow = row;
                }
            }
            assertThat(talovskyRow).isNotNull();
            assertThat(talovskyRow.getCell(6).getNumericCellValue()).isEqualTo(1250.5 / 200);
            assertThat(workbook.getSheet(text("convention.sheet.about", Locale.ENGLISH))).isNotNull();
        }

        page.navigate(url("/facilities/" + talovsky + "/conventions"));
        page.locator("#notices-table button").click();
        assertThat(page.locator("#notices-table")).hasCount(0);
        page.locator("#quantities-table button").click();
        assertThat(page.locator("#no-quantities")).isVisible();
        assertThat(page.locator(".convention-summary [data-listing]")).hasAttribute("data-listing", "TO_SETTLE");
        page.close();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type IN ('annex1_quantity',"
                + " 'hazardous_activity_notice') AND action = 'DELETE'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
