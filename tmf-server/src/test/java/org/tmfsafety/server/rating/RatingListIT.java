package org.tmfsafety.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.methodology.TestIndexClasses;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/** The rating list API and its exports, which must contain exactly the filtered list. */
@IntegrationTest
class RatingListIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    private HttpResponse<byte[]> get(String path, String language) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
            .newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private byte[] download(String path, String language) throws Exception {
        HttpResponse<byte[]> response = get(path, language);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    @Test
    void ranksByThiOrTriDescendingWithProfileAndRank() {
        JsonNode byThi = new Api(port).get("/api/v1/ratings?size=200").body();
        List<JsonNode> items = items(byThi);
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.get("thi").isNull()).as("only rated facilities are ranked").isFalse());
        List<Double> thi = items.stream().map(i -> i.get("thi").asDouble()).toList();
        assertThat(thi).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).get("rank").asInt()).isEqualTo(i + 1);
            if (thi.get(i).equals(thi.get(i - 1))) {
                assertThat(items.get(i).get("thiLow").asDouble()).as("ties by the lower bound")
                    .isLessThanOrEqualTo(items.get(i - 1).get("thiLow").asDouble());
            }
        }
        assertThat(items).allSatisfy(i -> assertThat(i.get("thiLow").asDouble()).isLessThanOrEqualTo(i.get("thi").asDouble()));
        assertThat(items.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(items.get(0).get("profile").get("id").asString()).isEqualTo("unece-tmf-provisional");
        assertThat(items.get(0).get("profile").get("version").asInt()).isEqualTo(2);

        List<Double> tri = items(new Api(port).get("/api/v1/ratings?sort=tri&size=200").body()).stream()
            .filter(i -> !i.get("tri").isNull())
            .map(i -> i.get("tri").asDouble())
            .toList();
        assertThat(tri).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<JsonNode> kyrgyz = items(new Api(port).get("/api/v1/ratings?country=KGZ&size=200").body());
        assertThat(kyrgyz).isNotEmpty().allSatisfy(i -> assertThat(i.get("country").asString()).isEqualTo("KGZ"));
        Api.Response unknownClass = new Api(port).get("/api/v1/ratings?hazardClass=EXTREME", "Accept-Language", "ru");
        assertThat(unknownClass.status()).isEqualTo(400);
        JsonNode error = unknownClass.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("hazardClass");
        assertThat(error.get("message").asString()).as("translated, naming the default profile's codes")
            .isEqualTo("Используйте одно из значений: LOW, MEDIUM, HIGH, VERY_HIGH.");
        String riskClass = items.stream().filter(i -> !i.get("riskClass").isNull()).findFirst().orElseThrow()
            .get("riskClass").asString();
        List<JsonNode> ofClass = items(new Api(port).get("/api/v1/ratings?size=200&riskClass=" + riskClass).body());
        long expected = items.stream()
            .filter(i -> !i.get("riskClass").isNull() && riskClass.equals(i.get("riskClass").asString()))
            .count();
        assertThat(ofClass).hasSize((int) expected)
            .allSatisfy(i -> assertThat(i.get("riskClass").asString()).isEqualTo(riskClass));
        assertThat(new Api(port).get("/api/v1/ratings?riskClass=EXTREME").status()).isEqualTo(400);
    }

    @Test
    void classesAreLabelledAndColouredByTheProfileInTheFiltersTheListAndTheExports() throws Exception {
        Locale kazakh = Locale.forLanguageTag("kk");
        IndexClasses classes = TestIndexClasses.create();
        String html = new String(get("/ratings?size=200", "kk").body(), StandardCharsets.UTF_8);
        for (IndexClasses.Presented c : classes.of("TRI", kazakh)) {
            assertThat(html).contains("<option value=\"" + c.code() + "\">" + c.label() + "</option>");
        }
        JsonNode top = items(new Api(port).get("/api/v1/ratings?size=1").body()).get(0);
        IndexClasses.Presented shown = classes.present("THI", top.get("hazardClass").asString(), kazakh);
        assertThat(shown.colour()).isNotNull();
        assertThat(html).contains("data-class=\"" + shown.code() + "\" data-class-colour=\"" + shown.colour()
                + "\">" + shown.label() + "</span>");
        assertThat(html).as("no class code as text").doesNotContainPattern(">\\s*(LOW|MEDIUM|HIGH|VERY_HIGH)\\s*<");

        String csv = new String(download("/ratings/export.csv", "ru"), StandardCharsets.UTF_8);
        assertThat(csv).contains(classes.present("THI", top.get("hazardClass").asString(), Locale.forLanguageTag("ru"))
            .label());
    }

    @Test
    void aStoredClassTheProfileDoesNotHaveIsShownAsUnknownNeverByItsCode() throws Exception {
        JsonNode top = items(new Api(port).get("/api/v1/ratings?size=1").body()).get(0);
        long id = top.get("id").asLong();
        String code = top.get("code").asString();
        String stored = top.get("hazardClass").asString();
        jdbc.sql("UPDATE facility_rating SET index_class = 'SEVERE' WHERE facility_id = :id AND index_code = 'THI'")
            .param("id", id).update();
        try {
            Locale russian = Locale.forLanguageTag("ru");
            String unknown = messages.getMessage("indexClass.unknown", null, russian);
            String list = new String(get("/ratings?q=" + code, "ru").body(), StandardCharsets.UTF_8);
            assertThat(list).contains(">" + unknown + "</span>").doesNotContain(">SEVERE<");
            String details = new String(get("/facilities/" + id, "ru").body(), StandardCharsets.UTF_8);
            assertThat(details).contains(">" + unknown + "</span>").doesNotContain(">SEVERE<");
            String csv = new String(download("/ratings/export.csv?q=" + code, "ru"), StandardCharsets.UTF_8);
            assertThat(csv).contains(unknown).doesNotContain("SEVERE");
        }
        finally {
            jdbc.sql("UPDATE facility_rating SET index_class = :stored WHERE facility_id = :id AND index_code = 'THI'")
                .param("stored", stored).param("id", id).update();
        }
    }

    @Test
    void facilitiesWithoutSizeInformationAreListedApartWithoutRank() throws Exception {
        JsonNode ranked = new Api(port).get("/api/v1/ratings?size=200").body();
        JsonNode apart = new Api(port).get("/api/v1/ratings/not-rateable?size=200").body();
        long all = new Api(port).get("/api/v1/facilities?size=1").body().get("total").asLong();
        assertThat(ranked.get("total").asLong() + apart.get("total").asLong()).isEqualTo(all);
        assertThat(items(apart)).allSatisfy(item -> {
            assertThat(item.get("rank").isNull()).isTrue();
            assertThat(item.get("thi").isNull()).isTrue();
        });
        List<String> rankedCodes = items(ranked).stream().map(i -> i.get("code").asString()).toList();
        assertThat(items(apart)).noneSatisfy(item -> assertThat(rankedCodes).contains(item.get("code").asString()));

        String html = new String(get("/ratings?size=200", "ru").body(), StandardCharsets.UTF_8);
        List<String> listedApart = Pattern.compile("data-not-rateable=\"([^\"]+)\"").matcher(html).results()
            .map(match -> match.group(1)).toList();
        assertThat(listedApart).containsExactlyInAnyOrderElementsOf(
                items(apart).stream().map(i -> i.get("code").asString()).toList());
        assertThat(html).contains(messages.getMessage("rating.notRateable.title", null, Locale.forLanguageTag("ru")));
    }

    @Test
    void pageOffersAndAppliesTheRegionFilter() throws Exception {
        List<JsonNode> kazakh = items(new Api(port).get("/api/v1/ratings?country=KAZ&size=200").body());
        String region = kazakh.get(0).get("region").asString();
        List<String> inRegion = kazakh.stream().filter(item -> region.equals(item.get("region").asString()))
            .map(item -> item.get("code").asString()).toList();
        assertThat(inRegion.size()).isLessThan(kazakh.size());

        String html = new String(get("/ratings?country=KAZ&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8)
                + "&size=200", "en").body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<option value=\"" + region + "\" selected=\"selected\">");
        List<String> listed = Pattern.compile("data-code=\"([^\"]+)\"").matcher(html).results()
            .map(match -> match.group(1)).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(inRegion);
    }

    @Test
    void csvExportHasTheFilteredRowsWithHeadersInTheUsersLanguage() throws Exception {
        long total = new Api(port).get("/api/v1/ratings?country=KAZ").body().get("total").asLong()
                + new Api(port).get("/api/v1/ratings/not-rateable?country=KAZ").body().get("total").asLong();
        byte[] csv = download("/ratings/export.csv?country=KAZ", "ru");
        try (CSVParser parser = CSVParser.builder()
            .setReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))
            .setFormat(CSVFormat.RFC4180)
            .get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).get(1)).isEqualTo(messages.getMessage("rating.export.code", null, Locale.forLanguageTag("ru")));
            assertThat(records).hasSize((int) total + 1);
            assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(1)).startsWith("KZ-"));
        }
    }

    @Test
    void pdfExportPrintsKazakhTextTheFiltersAndPageNumbers() throws Exception {
        Locale kazakh = Locale.forLanguageTag("kk");
        byte[] pdf = download("/ratings/export.pdf?country=KAZ", "kk");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(messages.getMessage("rating.list.title", null, kazakh));
            assertThat(text).contains("unece-tmf-provisional v2");
            assertThat(text).contains(messages.getMessage("facility.field.country", null, kazakh) + ": Қазақстан");
            assertThat(text).contains("KZ-0015").doesNotContain("KG-0001");
            assertThat(text).contains("1 / " + document.getNumberOfPages());
            assertThat(text).contains("қ").as("Kazakh letters are real text, not boxes");
        }
    }

    @Test
    void xlsxExportHasTypedNumbersAndAProfileSheet() throws Exception {
        long total = new Api(port).get("/api/v1/ratings").body().get("total").asLong()
                + new Api(port).get("/api/v1/ratings/not-rateable").body().get("total").asLong();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/ratings/export.xlsx", "kk")))) {
            Sheet ratings = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo(messages.getMessage("rating.sheet.ratings", null, Locale.forLanguageTag("kk")));
            assertThat(ratings.getLastRowNum()).isEqualTo((int) total);
            assertThat(ratings.getRow(0).getCell(10).getStringCellValue()).isEqualTo("THI");
            assertThat(ratings.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(ratings.getRow(1).getCell(9).getCellType()).as("THI's lower bound is a number").isEqualTo(CellType.NUMERIC);
            assertThat(ratings.getRow(1).getCell(10).getCellType()).as("THI is a number").isEqualTo(CellType.NUMERIC);
            Sheet profile = workbook.getSheetAt(1);
            assertThat(profile.getRow(0).getCell(1).getStringCellValue()).isEqualTo("unece-tmf-provisional v2");
            assertThat(profile.getLastRowNum()).isGreaterThan(11);
        }
    }

}
