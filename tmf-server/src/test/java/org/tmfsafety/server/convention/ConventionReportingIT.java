package org.tmfsafety.server.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.facility.FacilityApiIT;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Convention reporting over the API on the demo data: what is unknown stays unknown (no quantities is "not screened",
 * an undetermined verdict keeps a facility "to be settled"), bad input is refused naming the field and stores nothing,
 * a quantity replaced or removed stays in the audit trail, an operator records quantities at its own facility but not
 * notices, a facility with convention records is archived instead of deleted, and the report exports in Russian.
 */
@IntegrationTest
class ConventionReportingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private Api as(String user) {
        return new Api(port).as(user, user + "-demo");
    }

    private long facility(String code) {
        return jdbc.sql("SELECT id FROM facility WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private static ObjectNode quantity(String part, String code, Object tonnes, String source) {
        ObjectNode body = Api.object();
        body.put("part", part);
        body.put("code", code);
        if (tonnes instanceof Number number) {
            body.put("quantityTonnes", number.doubleValue());
        }
        else if (tonnes != null) {
            body.put("quantityTonnes", tonnes.toString());
        }
        body.put("source", source);
        return body;
    }

    private static ObjectNode notice(String country, String date, String reference) {
        ObjectNode body = Api.object();
        body.put("country", country);
        body.put("informedOn", date);
        body.put("reference", reference);
        return body;
    }

    private static List<String> fields(Api.Response response) {
        return StreamSupport.stream(response.body().get("errors").spliterator(), false)
            .map(e -> e.get("field").asString())
            .toList();
    }

    private static JsonNode row(JsonNode rows, String code) {
        return StreamSupport.stream(rows.spliterator(), false)
            .filter(r -> r.get("facility").get("code").asString().equals(code))
            .findFirst()
            .orElse(null);
    }

    @Test
    void unknownStaysUnknownUntilTheDataSettleIt() throws Exception {
        long talovsky = facility("KZ-0001");
        String path = "/api/v1/facilities/" + talovsky;
        JsonNode before = as("authority").get(path + "/conventions").body();
        assertThat(before.get("listing").asString()).isEqualTo("TO_SETTLE");
        assertThat(before.get("annex1").get("status").asString()).isEqualTo("NOT_SCREENED");
        assertThat(before.get("annex1").get("maxRatio").isNull()).isTrue();
        assertThat(before.get("toSettle").get(0).asString()).isEqualTo("convention.settle.annex1");
        assertThat(before.get("countries").get(0).get("country").asString()).isEqualTo("RUS");
        assertThat(before.get("countries").get(0).get("informedOn").isNull()).isTrue();
        assertThat(before.get("water").get("status").asString()).isEqualTo("APPLIES");

        // an undetermined verdict is never a "no": such a facility is to be settled, with the screening named
        JsonNode national = as("authority").get("/api/v1/conventions").body();
        JsonNode undetermined = StreamSupport.stream(national.get("toSettle").spliterator(), false)
            .filter(r -> "UNDETERMINED".equals(r.get("transboundary").get("verdict").asString()))
            .findFirst()
            .orElseThrow();
        assertThat(undetermined.get("toSettle").toString()).contains("convention.settle.transboundary");
        assertThat(undetermined.get("water").get("status").asString()).isEqualTo("UNDETERMINED");
        assertThat(row(national.get("minamata"), "KG-0009").get("minamata").get("evidence").asString())
            .containsIgnoringCase("mercury");
        assertThat(national.get("identified")).isEmpty();
        assertThat(row(national.get("notListed"), "KZ-0001")).isNull();

        // bad input: the field is named, nothing is stored
        Api authority = as("authority");
        assertThat(fields(authority.post(path + "/annex1-quantities", quantity("PART_III", "4", 10, "permit"))))
            .containsExactly("part");
        assertThat(fields(authority.post(path + "/annex1-quantities", quantity("PART_I", "99", 10, "permit"))))
            .containsExactly("code");
        assertThat(fields(authority.post(path + "/annex1-quantities", quantity("PART_II", "chlorine", -1, " "))))
            .containsExactlyInAnyOrder("quantityTonnes", "source");
        Api.Response notANumber = authority.post(path + "/annex1-quantities", quantity("PART_I", "4", "lots", "p"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(fields(authority.post(path + "/hazardous-activity-notices", notice("KAZ", "2026-01-01", ""))))
            .containsExactly("country");
        assertThat(fields(authority.post(path + "/hazardous-activity-notices", notice("XYZ", null, ""))))
            .containsExactlyInAnyOrder("country", "informedOn");
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        assertThat(fields(authority.post(path + "/hazardous-activity-notices", notice("RUS", future, ""))))
            .containsExactly("informedOn");
        assertThat(jdbc.sql("SELECT count(*) FROM annex1_quantity WHERE facility_id = :f").param("f", talovsky)
            .query(Long.class).single()).isZero();

        // who may: the operator (Kazzinc runs Talovsky) records quantities but not notices; the inspector neither
        assertThat(as("inspector").post(path + "/annex1-quantities", quantity("PART_I", "5", 30, "permit")).status())
            .isEqualTo(403);
        Api.Response recorded = as("operator").post(path + "/annex1-quantities",
                quantity("PART_I", "5", 30, "Operator safety report 2025, table 4"));
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        long quantityId = recorded.body().get("id").asLong();
        assertThat(as("operator").post(path + "/hazardous-activity-notices", notice("RUS", "2026-02-01", "")).status())
            .isEqualTo(403);

        // 30 t of a very toxic category against 20 t: q/Q 1.5, identified; Russia not informed yet
        JsonNode identified = as("authority").get(path + "/conventions").body();
        assertThat(identified.get("listing").asString()).isEqualTo("IDENTIFIED");
        assertThat(identified.get("annex1").get("maxRatio").asDouble()).isEqualTo(1.5);
        assertThat(identified.get("allInformed").asBoolean()).isFalse();
        // the same entry again replaces the quantity, and the audit trail keeps both
        Api.Response replaced = authority.post(path + "/annex1-quantities", quantity("PART_I", "5", 12, "Inspection 2026"));
        assertThat(replaced.body().get("id").asLong()).isEqualTo(quantityId);
        JsonNode below = authority.get(path + "/conventions").body();
        assertThat(below.get("annex1").get("status").asString()).isEqualTo("BELOW_THRESHOLDS");
        assertThat(below.get("listing").asString()).isEqualTo("NOT_LISTED");
        assertThat(jdbc.sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE entity_type = "
                + "'annex1_quantity' AND entity_id = :id").param("id", quantityId).query(String.class).single())
            .isEqualTo("CREATE,UPDATE");
        authority.post(path + "/annex1-quantities", quantity("PART_I", "5", 60, "Inspection 2026"));
        Api.Response informed = authority.post(path + "/hazardous-activity-notices",
                notice("RUS", "2026-03-02", "Note 12/345"));
        assertThat(informed.status()).as(String.valueOf(informed.body())).isEqualTo(201);
        long noticeId = informed.body().get("id").asLong();
        JsonNode row = row(authority.get("/api/v1/conventions").body().get("identified"), "KZ-0001");
        assertThat(row.get("countries").get(0).get("informedOn").asString()).isEqualTo("2026-03-02");
        assertThat(row.get("allInformed").asBoolean()).isTrue();

        // the report in Russian, through the page a signed-in authority downloads
        byte[] xlsx = download("/conventions/report.xlsx?lang=ru");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet(messages.getMessage("convention.sheet.identified", null,
                    java.util.Locale.forLanguageTag("ru")));
            assertThat(sheet).isNotNull();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("KZ-0001");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(3.0);
        }
        try (PDDocument pdf = Loader.loadPDF(download("/conventions/report.pdf?lang=ru"))) {
            // table cells wrap their text: compare without white space
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("KZ-0001", messages
                .getMessage("convention.report.title", null, java.util.Locale.forLanguageTag("ru")).replaceAll("\\s+", ""));
        }

        assertThat(authority.delete(path + "/annex1-quantities/" + quantityId).status()).isEqualTo(204);
        assertThat(authority.delete(path + "/annex1-quantities/" + quantityId).status()).isEqualTo(404);
        assertThat(authority.delete(path + "/hazardous-activity-notices/" + noticeId).status()).isEqualTo(204);
        assertThat(authority.get(path + "/conventions").body().get("listing").asString()).isEqualTo("TO_SETTLE");
    }

    @Test
    void aFacilityWithConventionRecordsIsArchivedNotDeleted() {
        Api authority = as("authority");
        Api.Response created = authority.post("/api/v1/facilities", FacilityApiIT.aFacility("Convention records kept"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(authority.post("/api/v1/facilities/" + id + "/annex1-quantities",
                quantity("PART_II", "arsenic-trioxide", 0.5, "Permit")).status()).isEqualTo(201);
        assertThat(authority.delete("/api/v1/facilities/" + id).status()).isBetween(200, 204);
        assertThat(jdbc.sql("SELECT archived_at IS NOT NULL FROM facility WHERE id = :id").param("id", id)
            .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM annex1_quantity WHERE facility_id = :id").param("id", id)
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReportLanguageThatIsNotOffered() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, "inspector", "inspector-demo");
        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/conventions/report.pdf?lang=de")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(refused.body()).select("#error-details").text())
            .contains(messages.getMessage("convention.field.lang", null, java.util.Locale.ENGLISH), "en, ru, kk");
    }

    private byte[] download(String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, "authority", "authority-demo");
        HttpResponse<byte[]> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
