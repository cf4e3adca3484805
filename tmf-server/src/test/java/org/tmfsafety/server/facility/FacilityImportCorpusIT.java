package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * A corpus of malformed facility files: each is refused with errors naming the row and column (row 0: the whole
 * file) in the caller's language, and nothing is written, neither facilities nor the import's record nor audit rows.
 */
@IntegrationTest
class FacilityImportCorpusIT {

    private static final String HEADER = "code,name,country,region,latitude,longitude,status,waterHazardClass,"
            + "damHeightM,storedVolumeM3,yearCommissioned,commodity\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A valid row of a facility near Ust-Kamenogorsk with one cell replaced (by column name). */
    private static String row(String code, Map<String, String> replaced) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        cells.put("code", code);
        cells.put("name", "Corpus " + code);
        cells.put("country", "KAZ");
        cells.put("region", "East Kazakhstan");
        cells.put("latitude", "49.95");
        cells.put("longitude", "82.61");
        cells.put("status", "ACTIVE");
        cells.put("waterHazardClass", "WGK2");
        cells.put("damHeightM", "30");
        cells.put("storedVolumeM3", "1500000");
        cells.put("yearCommissioned", "1975");
        cells.put("commodity", "zinc");
        cells.putAll(replaced);
        return String.join(",", cells.values()) + "\n";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private static Arguments refused(String name, String fileName, byte[] content, String... positions) {
        return Arguments.of(Named.of(name, fileName), content, "", List.of(positions));
    }

    /** A case read with a mapping document (columns, values, coordinate system). */
    private static Arguments refusedWith(String name, String fileName, byte[] content, String mapping,
            String... positions) {
        return Arguments.of(Named.of(name, fileName), content, mapping, List.of(positions));
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> corpus() throws IOException {
        byte[] valid = csv(row("KZ-9801", Map.of()));
        return Stream.of(
                refused("an empty file", "empty.csv", new byte[0], "0:"),
                refused("a byte-order mark only", "bom.csv", "\uFEFF".getBytes(StandardCharsets.UTF_8), "0:"),
                refused("a header without rows", "header.csv", csv(), "0:"),
                refused("a file cut inside a quoted cell", "cut.csv",
                        Arrays.copyOf(csv(row("KZ-9801", Map.of("name", "\"Corpus, quoted\""))), HEADER.length() + 20),
                        "0:"),
                refused("an XLSX file cut in half", "cut.xlsx", half(xlsx(valid)), "0:"),
                refused("an XLSX zip bomb", "bomb.xlsx", zipBomb(xlsx(valid)), "0:"),
                refused("Windows-1251 text", "cp1251.csv", new String(valid, StandardCharsets.UTF_8)
                    .replace("Corpus", "Хвостохранилище").getBytes(Charset.forName("windows-1251")), "0:"),
                refused("UTF-16 text", "utf16.csv", new String(valid, StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_16), "0:"),
                refused("an image", "picture.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0,
                        13, 'I', 'H', 'D', 'R' }, "0:"),
                refused("a file over the size limit", "huge.csv", oversized(), "0:"),
                refused("latitude and longitude swapped", "swapped.csv",
                        csv(row("KZ-9801", Map.of()), row("KZ-9802", Map.of("latitude", "82.61", "longitude", "49.95"))),
                        "3:latitude"),
                refused("a point in another country", "dushanbe.csv",
                        csv(row("KZ-9801", Map.of("latitude", "38.56", "longitude", "68.78"))), "2:latitude"),
                refused("a point at 0°, 0°", "null-island.csv",
                        csv(row("KZ-9801", Map.of("latitude", "0", "longitude", "0"))), "2:latitude"),
                refused("latitude beyond the pole", "pole.csv",
                        csv(row("KZ-9801", Map.of("latitude", "149.95"))), "2:latitude"),
                refused("huge numbers", "huge-numbers.csv",
                        csv(row("KZ-9801", Map.of("damHeightM", "1e308")), row("KZ-9802", Map.of("storedVolumeM3",
                                "1e400")), row("KZ-9803", Map.of("yearCommissioned", "99999999999")),
                                row("KZ-9804", Map.of("longitude", "NaN"))),
                        "2:damHeightM", "3:storedVolumeM3", "4:yearCommissioned", "5:longitude"),
                refused("negative sizes", "negative.csv",
                        csv(row("KZ-9801", Map.of("damHeightM", "-30", "storedVolumeM3", "-1"))), "2:damHeightM",
                        "2:storedVolumeM3"),
                refused("formula injection", "formula.csv",
                        csv(row("KZ-9801", Map.of("name", "=HYPERLINK(1)")),
                                row("KZ-9802", Map.of("commodity", "@SUM(1+1)*cmd|' /C calc'!A0"))),
                        "2:name", "3:commodity"),
                refused("a code twice in one file", "twice.csv",
                        csv(row("KZ-9801", Map.of()), row("KZ-9801", Map.of("name", "Corpus again"))), "3:code"),
                refused("a row with more cells than the header", "wide.csv",
                        csv(row("KZ-9801", Map.of("commodity", "zinc,lead"))), "2:"),
                refused("a required cell left empty", "missing.csv", csv(row("KZ-9801", Map.of("name", ""))),
                        "2:name"),
                refused("a value neither recognised nor assigned", "unassigned.csv",
                        csv(row("KZ-9801", Map.of()), row("KZ-9802", Map.of("status", "sometimes"))), "3:status"),
                refusedWith("a value assigned to nothing of its field", "wrong-assignment.csv", valid,
                        "{\"values\":{\"status\":{\"ACTIVE\":\"SOMETIMES\"}}}", "2:status"),
                refusedWith("UTM coordinates outside their zone", "utm-outside.csv",
                        text("name,country,status,E,N\nCorpus UTM,KAZ,ACTIVE,50000,5500000\n"),
                        "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"},\"crs\":\"UTM:44N\"}", "2:E"),
                refusedWith("UTM coordinates that are no numbers", "utm-text.csv",
                        text("name,country,status,E,N\nCorpus UTM,KAZ,ACTIVE,five hundred,5500000\n"),
                        "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"},\"crs\":\"UTM:44N\"}", "2:E"),
                refusedWith("grid coordinates without their system", "grid-no-system.csv",
                        text("name,country,status,E,N\nCorpus UTM,KAZ,ACTIVE,500000,5500000\n"),
                        "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"}}", "1:"),
                refusedWith("an EPSG code that does not exist", "epsg.csv",
                        text("name,country,status,E,N\nCorpus UTM,KAZ,ACTIVE,500000,5500000\n"),
                        "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"},\"crs\":\"EPSG:1\"}", "0:"),
                refusedWith("an authority named as operator", "operator-authority.csv",
                        text("name,country,status,latitude,longitude,Operator\nCorpus org,KAZ,ACTIVE,49.95,82.61,"
                                + "Ministry of Ecology and Natural Resources of the Republic of Kazakhstan\n"),
                        "{\"columns\":{\"Operator\":\"operatorId\"}}", "2:Operator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesWithRowAndColumnAndWritesNothing(String fileName, byte[] content, String mapping,
            List<String> positions) {
        long facilities = count("facility");
        long imports = count("facility_import");
        long audit = count("audit_event");
        long organisations = count("organisation");
        Response response = new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=false"
                + (mapping.isEmpty() ? "" : "&mapping=" + URLEncoder.encode(mapping, StandardCharsets.UTF_8)), Map.of(),
                "file", fileName, content, "Accept-Language", "en");
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(422);
        List<JsonNode> errors = StreamSupport.stream(response.body().get("errors").spliterator(), false).toList();
        assertThat(errors).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
            .containsAll(positions);
        assertThat(errors).extracting(e -> e.get("message").asString())
            .allSatisfy(message -> assertThat(message).isNotBlank().doesNotStartWith("import.")
                .doesNotStartWith("facility."));
        assertThat(count("facility")).isEqualTo(facilities);
        assertThat(count("facility_import")).isEqualTo(imports);
        assertThat(count("audit_event")).isEqualTo(audit);
        assertThat(count("organisation")).isEqualTo(organisations);
    }

    @Test
    void explainsSwappedCoordinatesAndFormulasInTheCallersLanguage() {
        Response swapped = new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=true", Map.of(),
                "file", "swapped.csv", csv(row("KZ-9801", Map.of("latitude", "82.61", "longitude", "49.95"))),
                "Accept-Language", "ru");
        assertThat(swapped.body().get("errors").get(0).get("message").asString()).contains("широт", "долгот");
        Response formula = new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=true", Map.of(),
                "file", "formula.csv", csv(row("KZ-9801", Map.of("name", "=1+1"))), "Accept-Language", "kk");
        assertThat(formula.body().get("errors").get(0).get("message").asString()).contains("=", "формула");
    }

    @Test
    void acceptsTextThatTheExportEscapedWithAnApostrophe() {
        Response escaped = new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=true", Map.of(),
                "file", "escaped.csv", csv(row("KZ-9801", Map.of("name", "'=not a formula", "commodity",
                        "'-lead"))), "Accept-Language", "en");
        assertThat(escaped.status()).as(String.valueOf(escaped.body())).isEqualTo(200);
        assertThat(escaped.body().get("created").asInt()).isEqualTo(1);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The CSV as the first sheet of a workbook, one text cell per value. */
    private static byte[] xlsx(byte[] csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("facilities");
            List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] half(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    /**
     * The workbook with 60 MB of blanks added to its sheet: a few kilobytes compressed, far beyond the inflation
     * ratio POI accepts.
     */
    private static byte[] zipBomb(byte[] workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 60; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                }
                else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A valid file padded past the 20 MB default limit with rows of blanks. */
    private static byte[] oversized() {
        byte[] content = Arrays.copyOf(csv(row("KZ-9801", Map.of())), 21 * 1024 * 1024);
        Arrays.fill(content, csv(row("KZ-9801", Map.of())).length, content.length, (byte) '\n');
        return content;
    }
}
