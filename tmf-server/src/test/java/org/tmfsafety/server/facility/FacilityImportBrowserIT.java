package org.tmfsafety.server.facility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** An analyst checks a Russian file, fixes the reported row, checks again and imports, in Chromium. */
class FacilityImportBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private byte[] file(String latitude) {
        Locale ru = RU;
        String header = String.join(",", List.of("name", "country", "region", "latitude", "longitude", "status",
                "waterHazardClass").stream().map(field -> text("facility.field." + field, ru)).toList());
        return (header + "\nBrowser import test,KAZ,Абайская область," + latitude + ",80.1,ACTIVE,WGK2\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void checksFixesAndImportsAFile() {
        Page page = signedIn("authority", "authority-demo", "ru");
        try {
            page.navigate(url("/facilities?lang=ru"));
            page.locator("#import-facilities").click();
            page.locator("#file").setInputFiles(new FilePayload("facilities.csv", "text/csv", file("95")));
            page.locator("#check").click();
            assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
            assertThat(page.locator("#import-errors tbody td").first()).hasText("2");
            page.locator("#file").setInputFiles(new FilePayload("facilities.csv", "text/csv", file("50.5")));
            page.locator("#check").click();
            assertThat(page.locator("#preview")).containsText("facilities.csv");
            assertThat(page.locator("#preview-rows tbody tr")).hasCount(1);
            assertThat(page.locator("#preview-rows tbody td").nth(1)).hasText(text("import.page.create", RU));
            page.locator("#commit").click();
            assertThat(page.locator("#import-done")).hasText(text("import.page.done", RU, 1, 0));
            Browser.screenshot(page, "50-import-ru");
        }
        finally {
            jdbc.sql("DELETE FROM facility WHERE name = 'Browser import test'").update();
            page.context().close();
        }
    }

    @Test
    void assignsUnrecognisedColumnsToFieldsAndImports() {
        byte[] foreign = ("Nom,Pays,Région,Lat,Lon,État,WGK,Remarque\n"
                + "Browser mapped test,KAZ,Abai,50.52,80.14,ACTIVE,WGK2,ignored\n").getBytes(StandardCharsets.UTF_8);
        Page page = signedIn("authority", "authority-demo", "kk");
        try {
            page.navigate(url("/imports/facilities?lang=kk"));
            page.locator("#file").setInputFiles(new FilePayload("foreign.csv", "text/csv", foreign));
            page.locator("#check").click();
            assertThat(page.locator("#import-errors tbody tr")).hasCount(8);
            assertThat(page.locator("#columns-form tbody tr.table-warning")).hasCount(8);
            Browser.screenshot(page, "51-import-columns-kk");
            List<String> fields = List.of("name", "country", "region", "latitude", "longitude", "status",
                    "waterHazardClass");
            for (int i = 0; i < fields.size(); i++) {
                page.locator("#column" + i).selectOption(fields.get(i));
            }
            page.locator("#recheck").click();
            assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
            assertThat(page.locator("#import-errors tbody td").nth(1)).hasText("Remarque");
            page.locator("#column7").selectOption(text("import.page.ignore", KK));
            page.locator("#recheck").click();
            assertThat(page.locator("#preview-rows tbody td").nth(3)).hasText("Browser mapped test");
            assertThat(page.locator("#column3")).hasValue("latitude");
            page.locator("#commit").click();
            assertThat(page.locator("#import-done")).hasText(text("import.page.done", KK, 1, 0));
            org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                    "SELECT latitude FROM facility WHERE name = 'Browser mapped test'").query(Double.class).single())
                .isEqualTo(50.52);
        }
        finally {
            jdbc.sql("DELETE FROM facility WHERE name = 'Browser mapped test'").update();
            page.context().close();
        }
    }

    @Test
    void assignsTheFilesOwnWordsToRegistryValuesAndGivesAValueToAllRows() {
        // Russian headers of its own kind, coordinates in UTM zone 43N (42.867 N 76.117 E and 42.871 N 76.124 E,
        // projected by PROJ's cs2cs)
        String header = String.join(";", List.of("name", "easting", "northing", "status", "damRaiseMethod").stream()
            .map(field -> text("facility.field." + field, RU)).toList());
        byte[] inventory = (header + "\nBrowser values test 1;591241,393;4746650,636;законсервировано;верховой\n"
                + "Browser values test 2;591807,260;4747102,434;в стадии ликвидации;низовой\n")
            .getBytes(StandardCharsets.UTF_8);
        Page page = signedIn("authority", "authority-demo", "ru");
        try {
            page.navigate(url("/imports/facilities?lang=ru"));
            page.locator("#file").setInputFiles(new FilePayload("inventory.csv", "text/csv", inventory));
            page.locator("#check").click();
            Locator status = page.locator("#value-step table[data-field=status]");
            assertThat(status.locator("tbody tr")).hasCount(2);
            assertThat(status.locator("tbody tr.table-warning")).hasCount(1);
            assertThat(status.locator("tbody tr.table-warning")).hasAttribute("data-value", "в стадии ликвидации");
            assertThat(status.locator("tr[data-value=законсервировано] select")).hasValue("TEMPORARILY_CLOSED");
            assertThat(status.locator("tr[data-value=законсервировано]")).containsText(text("import.match.SYNONYM", RU));
            Browser.screenshot(page, "52-import-values-ru");
            assertThat(page.locator("#import-errors")).containsText(text("import.crs.gridWithoutSystem", RU));
            status.locator("tr.table-warning select").selectOption("CLOSED");
            page.locator("#default_country").selectOption("KGZ");
            page.locator("#crsKind").selectOption("UTM");
            page.locator("#crsZone").fill("43");
            page.locator("#crsHemisphere").selectOption("N");
            page.locator("#recheck").click();
            assertThat(page.locator("#preview-rows tbody tr")).hasCount(2);
            assertThat(page.locator("#preview-rows tbody tr").first().locator("td").nth(5)).hasText("42,86700");
            assertThat(page.locator("#crsKind")).hasValue("UTM");
            page.locator("#profileName").fill("Browser values profile");
            page.locator("#save-profile").click();
            assertThat(page.locator("#profile-saved")).hasText(text("import.page.profileSaved", RU, "Browser values profile"));
            assertThat(page.locator("#preview-rows tbody tr")).hasCount(2);
            page.locator("#commit").click();
            assertThat(page.locator("#import-done")).hasText(text("import.page.done", RU, 2, 0));
            org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                    "SELECT status || ' ' || country FROM facility WHERE name LIKE 'Browser values test %' ORDER BY name")
                .query(String.class).list()).containsExactly("TEMPORARILY_CLOSED KGZ", "CLOSED KGZ");
            // next year's file of the same source: one step with the saved profile
            page.locator("#file").setInputFiles(new FilePayload("inventory-2026.csv", "text/csv",
                    new String(inventory, StandardCharsets.UTF_8).replace("Browser values test", "Browser values test 2026")
                        .getBytes(StandardCharsets.UTF_8)));
            page.locator("#profile").selectOption(new SelectOption().setLabel("Browser values profile"));
            page.locator("#check").click();
            assertThat(page.locator("#import-errors")).hasCount(0);
            assertThat(page.locator("#profile-used")).containsText("Browser values profile");
            page.locator("#commit").click();
            assertThat(page.locator("#import-done")).hasText(text("import.page.done", RU, 2, 0));
            page.navigate(url("/imports/profiles?lang=ru"));
            assertThat(page.locator("#profiles-table")).containsText("Browser values profile");
            org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                    "SELECT longitude FROM facility WHERE name = 'Browser values test 2'").query(Double.class).single())
                .isCloseTo(76.124, org.assertj.core.api.Assertions.within(1e-7));
        }
        finally {
            jdbc.sql("DELETE FROM facility WHERE name LIKE 'Browser values test %'").update();
            jdbc.sql("DELETE FROM import_profile WHERE name = 'Browser values profile'").update();
            page.context().close();
        }
    }
}
