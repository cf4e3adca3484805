package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/** Facility imports: round trip of the export, new rows in Russian, and refusals that write nothing. */
@IntegrationTest
class FacilityImportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    private byte[] export(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic("authority")).header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private Response upload(String user, String fileName, byte[] content, boolean dryRun) {
        return upload(user, fileName, content, "dryRun=" + dryRun);
    }

    private Response upload(String user, String fileName, byte[] content, String query) {
        return new Api(port).as(user, user + "-demo").upload("/api/v1/imports/facilities?" + query, Map.of(), "file",
                fileName, content, "Accept-Language", "ru");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single();
    }

    private static List<JsonNode> errors(Response response) {
        return StreamSupport.stream(response.body().get("errors").spliterator(), false).toList();
    }

    private long organisation(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A file that names a facility by its code and assigns it to an operator, nothing else. */
    private static byte[] codeAndOperator(String code, long operatorId) {
        return ("code,operatorId\n" + code + "," + operatorId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Checks a file on the import page as the given user, signed in through the login form; returns the page. */
    private String checkOnThePage(String user, byte[] content) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        FormLogin.signIn(browser, base, user, user + "-demo");
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/imports/facilities")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--tmfpage\r\nContent-Disposition: form-data; name=\"file\"; filename=\"codes.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n--tmfpage--\r\n".getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/imports/facilities/check"))
            .header("Content-Type", "multipart/form-data; boundary=tmfpage")
            .header("X-CSRF-TOKEN", csrf.group(1))
            .header("Accept-Language", "ru")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The problems listed on the import page, the code of the checked row replaced by a placeholder. */
    private static String pageProblems(String page, String code) {
        int start = page.indexOf("id=\"import-errors\"");
        assertThat(start).as("the page lists problems").isPositive();
        int end = page.indexOf("<form", start);
        return page.substring(start, end < 0 ? page.length() : end).replace(code, "CODE");
    }

    @Test
    void anExportImportsBackAsUpdatesInCsvAndXlsx() throws Exception {
        long before = count();
        long tajik = new Api(port).get("/api/v1/facilities?country=TJK").body().get("total").asLong();
        Response dry = upload("authority", "tjk.csv", export("/api/v1/facilities/export.csv?country=TJK"), true);
        assertThat(dry.status()).as(String.valueOf(dry.body())).isEqualTo(200);
        assertThat(dry.body().get("updated").asLong()).isEqualTo(tajik);
        assertThat(dry.body().get("created").asLong()).isZero();
        Response real = upload("authority", "tjk.xlsx", export("/api/v1/facilities/export.xlsx?country=TJK"),
                false);
        assertThat(real.status()).as(String.valueOf(real.body())).isEqualTo(200);
        assertThat(real.body().get("updated").asLong()).isEqualTo(tajik);
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM facility_import WHERE file_name = 'tjk.xlsx'").query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void createsNewFacilitiesFromARussianSemicolonFile() throws Exception {
        Locale ru = Locale.forLanguageTag("ru");
        String header = String.join(";", List.of("name", "country", "region", "latitude", "longitude", "status",
                "waterHazardClass").stream().map(field -> messages.getMessage("facility.field." + field, null, ru)).toList());
        String csv = header + "\n"
                + "Import test one;KAZ;Карагандинская область;47,81;67,71;ACTIVE;WGK2\n"
                + "Import test two;KAZ;Карагандинская область;48°10′ N;68°00′ E;CLOSED;WGK1\n";
        long before = count();
        Response response = upload("authority", "new.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        assertThat(response.body().get("created").asInt()).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
        JsonNode created = new Api(port).asAuthority().get("/api/v1/facilities?q=Import%20test%20two").body().get("items")
            .get(0);
        assertThat(created.get("latitude").asDouble()).isCloseTo(48.1667, offset(1e-3));
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'Import test %'").update();
    }

    @Test
    void theRussianTemplateFilledInImportsAndExplainsItsColumns() throws Exception {
        byte[] template = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/imports/facilities/template.xlsx?lang=ru")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var columns = workbook.getSheetAt(1);
            assertThat(columns.getLastRowNum()).isEqualTo(FacilityExports.FIELDS.size());
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            var row = sheet.createRow(1);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String field = FacilityExports.FIELDS.get(c);
                String value = switch (field) {
                    case "name" -> "Template test";
                    case "country" -> "KGZ";
                    case "latitude" -> "41,5";
                    case "longitude" -> "72,9";
                    case "status" -> "ABANDONED";
                    case "waterHazardClass" -> "WGK3";
                    default -> null;
                };
                if (value != null) {
                    row.createCell(c).setCellValue(value);
                }
            }
            workbook.write(filled);
        }
        Response response = upload("authority", "template.xlsx", filled.toByteArray(), false);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        assertThat(response.body().get("created").asInt()).isEqualTo(1);
        jdbc.sql("DELETE FROM facility WHERE name = 'Template test'").update();
    }

    @Test
    void readsTheGlobalTailingsPortalLayoutAndMappedColumns() throws Exception {
        String csv = """
                tsf,mine,country,latitude,longitude,status,raise_type,current_maximum_height,current_tailings_storage,owner_company
                Portal test TSF,Portal mine,Kazakhstan,49.9,82.6,Active,Centerline,35,12000000,Some Mining plc
                """;
        Response response = upload("authority", "portal.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        JsonNode result = response.body();
        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("warnings").get(0).get("column").asString()).isEqualTo("owner_company");
        JsonNode created = new Api(port).asAuthority().get("/api/v1/facilities?q=Portal%20test").body().get("items").get(0);
        assertThat(created.get("country").asString()).isEqualTo("KAZ");
        assertThat(created.get("damRaiseMethod").asString()).isEqualTo("CENTRELINE");
        assertThat(created.get("storedVolumeM3").asDouble()).isEqualTo(12_000_000);
        jdbc.sql("DELETE FROM facility WHERE name = 'Portal test TSF'").update();

        String icold = "ID,TSF Name,Mine Name,Current Owner,Country,Longitude,Latitude,TSF Status,Number of Embankments,"
                + "Dam Raise Method,Consequence Classification,Classification System,Current Max Dam Height (m),"
                + "Current Storage Volume (m³),Primary Ore Commodity,Year of Commencement,Reference,Additional Remarks\n"
                + "17,ICOLD test TSF,Some mine,Owner plc,Uzbekistan,69.6,40.8,Inactive,2,Downstream,High,GISTM,42,"
                + "25000000,Copper,1970,https://example.org/tsf,none\n";
        Response registry = upload("authority", "icold.csv", icold.getBytes(StandardCharsets.UTF_8), true);
        assertThat(registry.status()).as(String.valueOf(registry.body())).isEqualTo(200);
        assertThat(registry.body().get("created").asInt()).isEqualTo(1);
        assertThat(registry.body().get("warnings")).extracting(w -> w.get("column").asString())
            .contains("Current Owner", "Consequence Classification");

        String other = "Nom,Pays,Lat,Lon,Etat\nMapped TSF,KGZ,41.3,72.5,ACTIVE\n";
        String mapping = URLEncoder.encode("{\"Nom\":\"name\",\"Pays\":\"country\",\"Lat\":\"latitude\","
                + "\"Lon\":\"longitude\",\"Etat\":\"status\"}", StandardCharsets.UTF_8);
        Response mapped = upload("authority", "other.csv", other.getBytes(StandardCharsets.UTF_8),
                "dryRun=true&mapping=" + mapping);
        assertThat(mapped.status()).as(String.valueOf(mapped.body())).isEqualTo(200);
        assertThat(mapped.body().get("created").asInt()).isEqualTo(1);
    }

    @Test
    void anOperatorNamingACodeItMayNotEditLearnsNothingOfThatFacilityNorWhetherOneExists() throws Exception {
        long kazzinc = organisation("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'");
        long other = organisation("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND name NOT ILIKE 'Kazzinc%' "
                + "ORDER BY id LIMIT 1");
        jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published)
                VALUES ('IMPORT-HIDDEN', 'Hidden import target', 'KAZ', 43.217, 76.851, 'ACTIVE', :other, false),
                       ('IMPORT-SEEN', 'Seen import target', 'KAZ', 43.217, 76.851, 'ACTIVE', :other, true)
                """).param("other", other).update();
        String absent = "IMPORT-ABSENT";
        try {
            for (boolean dryRun : new boolean[] { true, false }) {
                Response nothing = upload("operator", "codes.csv", codeAndOperator(absent, kazzinc), dryRun);
                assertThat(nothing.status()).isEqualTo(422);
                for (String code : List.of("IMPORT-HIDDEN", "IMPORT-SEEN")) {
                    Response response = upload("operator", "codes.csv", codeAndOperator(code, kazzinc), dryRun);
                    assertThat(response.status()).as(code + " dryRun=" + dryRun + ": " + response.body()).isEqualTo(422);
                    assertThat(response.body().toString().replace(code, "CODE")).as(code + " dryRun=" + dryRun)
                        .isEqualTo(nothing.body().toString().replace(absent, "CODE"));
                    assertThat(response.body().toString()).doesNotContain("import target", "43.217", "76.851");
                }
            }
            String page = pageProblems(checkOnThePage("operator", codeAndOperator(absent, kazzinc)), absent);
            for (String code : List.of("IMPORT-HIDDEN", "IMPORT-SEEN")) {
                String checked = checkOnThePage("operator", codeAndOperator(code, kazzinc));
                assertThat(pageProblems(checked, code)).as(code + " on the page").isEqualTo(page);
                assertThat(checked).doesNotContain("import target", "43,217", "43.217");
            }
            assertThat(jdbc.sql("SELECT count(*) FROM facility WHERE code = :c").param("c", absent).query(Long.class)
                .single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM facility WHERE code LIKE 'IMPORT-%' AND version = 0 AND operator_id = :o")
                .param("o", other).query(Long.class).single()).as("both facilities unchanged").isEqualTo(2);
            String own = jdbc.sql("SELECT code FROM facility WHERE operator_id = :k ORDER BY code LIMIT 1")
                .param("k", kazzinc).query(String.class).single();
            Response update = upload("operator", "own.csv", codeAndOperator(own, kazzinc), true);
            assertThat(update.status()).as(String.valueOf(update.body())).isEqualTo(200);
            assertThat(update.body().get("updated").asInt()).isEqualTo(1);
        }
        finally {
            jdbc.sql("DELETE FROM facility WHERE code LIKE 'IMPORT-%'").update();
        }
    }

    @Test
    void refusesAFileWithBadRowsNamingRowAndColumnAndWritesNothing() throws Exception {
        String csv = """
                name,country,region,latitude,longitude,status,waterHazardClass,code
                Bad one,KAZ,Abai,200,80,ACTIVE,WGK1,KZ-9901
                Bad two,KAZ,Abai,50,80,SOMETIMES,WGK1,KZ-9902
                Bad three,KAZ,Abai,50,80,ACTIVE,WGK1,KZ-9902
                """;
        long before = count();
        Response response = upload("authority", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
            .contains("2:latitude", "3:status", "4:code");
        assertThat(count()).isEqualTo(before);
        Response unknown = upload("authority", "x.csv", "name,colour\nA,red\n".getBytes(StandardCharsets.UTF_8),
                false);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(errors(unknown).get(0).get("column").asString()).isEqualTo("colour");
    }

    @Test
    void refusesWrongEncodingsFormulasEmptyFilesAndReadersWithoutRights() throws Exception {
        byte[] cp1251 = "Название,Страна\nХвост,KAZ\n".getBytes(Charset.forName("windows-1251"));
        Response encoding = upload("authority", "cp1251.csv", cp1251, false);
        assertThat(encoding.status()).isEqualTo(422);
        assertThat(errors(encoding).get(0).get("message").asString()).contains("UTF-8");
        assertThat(upload("authority", "empty.csv", new byte[0], false).status()).isEqualTo(422);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("x");
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(0).setCellFormula("HYPERLINK(\"http://evil.example\")");
            workbook.write(xlsx);
        }
        Response formula = upload("authority", "f.xlsx", xlsx.toByteArray(), false);
        assertThat(formula.status()).isEqualTo(422);
        assertThat(errors(formula).get(0).get("column").asString()).isEqualTo("A2");
        Response truncated = upload("authority", "t.csv", "name,country\n\"unterminated,KAZ\n".getBytes(
                StandardCharsets.UTF_8), false);
        assertThat(truncated.status()).isEqualTo(422);
        assertThat(upload("inspector", "new.csv", "name\nA\n".getBytes(StandardCharsets.UTF_8), true).status())
            .isEqualTo(403);
    }
}
