package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/** Facility exports: same filters and visibility as the list, every field, headers translated, no formula runs. */
@IntegrationTest
class FacilityExportIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private final HttpClient http = HttpClient.newHttpClient();

    private byte[] get(String path, String language, boolean asAuthority) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", language);
        if (asAuthority) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("authority:authority-demo".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void exportsTheFilteredListInEveryFormatWithTranslatedHeaders() throws Exception {
        long total = new Api(port).get("/api/v1/facilities?country=KGZ").body().get("total").asLong();
        List<CSVRecord> records = csv(get("/api/v1/facilities/export.csv?country=KGZ", "ru", false));
        assertThat(records).hasSize((int) total + 1);
        assertThat(records.get(0).get(0)).isEqualTo(messages.getMessage("facility.field.code", null,
                java.util.Locale.forLanguageTag("ru")));
        assertThat(records.get(0).size()).isEqualTo(FacilityExports.FIELDS.size() + FacilityExports.COMPUTED.size());
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(7)).isEqualTo("KGZ"));
        int notes = FacilityExports.FIELDS.indexOf("notes");
        assertThat(records.subList(1, records.size())).as("the public never sees internal notes")
            .allSatisfy(r -> assertThat(r.get(notes)).isEmpty());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                get("/api/v1/facilities/export.xlsx?country=KGZ", "kk", false)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) total);
            int latitude = FacilityExports.FIELDS.indexOf("latitude");
            assertThat(sheet.getRow(1).getCell(latitude).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(messages.getMessage(
                    "facility.field.code", null, java.util.Locale.forLanguageTag("kk")));
        }

        JsonNode geojson = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                get("/api/v1/facilities/export.geojson?country=KGZ", "en", false));
        assertThat(geojson.get("features").size()).isEqualTo((int) total);
        JsonNode first = geojson.get("features").get(0);
        assertThat(first.get("properties").get("country").asString()).isEqualTo("KGZ");
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble())
            .isEqualTo(first.get("properties").get("latitude").asDouble());
    }

    @Test
    void neutralisesFormulasInTextCells() throws Exception {
        Api authority = new Api(port).asAuthority();
        ObjectNode facility = Api.object();
        facility.put("name", "=HYPERLINK(\"http://evil.example\",\"x\")");
        facility.put("country", "KAZ");
        facility.put("region", "Abai Region");
        facility.put("latitude", 48.1);
        facility.put("longitude", 71.2);
        facility.put("status", "ACTIVE");
        facility.put("waterHazardClass", "WGK1");
        facility.put("commodity", "+cmd|' /C calc'!A0");
        long id = authority.post("/api/v1/facilities", facility).body().get("id").asLong();
        try {
            String code = authority.get("/api/v1/facilities/" + id).body().get("code").asString();
            List<CSVRecord> records = csv(get("/api/v1/facilities/export.csv?q=" + code, "en", true));
            assertThat(records).hasSize(2);
            assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(records.get(1).get(FacilityExports.FIELDS.indexOf("commodity"))).startsWith("'+cmd");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    get("/api/v1/facilities/export.xlsx?q=" + code, "en", true)))) {
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).startsWith("'=");
            }
        }
        finally {
            authority.delete("/api/v1/facilities/" + id);
        }
    }
}
