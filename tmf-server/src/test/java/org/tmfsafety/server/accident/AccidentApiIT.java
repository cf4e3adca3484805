package org.tmfsafety.server.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/** The accident API: curated records with lessons, filters, and the CSP2 import with its quirks. */
@IntegrationTest
class AccidentApiIT {

    /** The CSP2 list in ../shared/data (not bundled with the product). */
    static final Path CSP2 = Path.of("..", "..", "shared", "data", "csp2_tailings_dam_failures_1915-2022_as_of_31Jan23.csv");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImports() {
        jdbc.sql("DELETE FROM accident WHERE origin = 'CSP2'").update();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private Response upload(String user, String name, byte[] content, boolean dryRun) {
        return new Api(port).as(user, user + "-demo").upload("/api/v1/imports/accidents?dryRun=" + dryRun, Map.of(),
                "file", name, content, "Accept-Language", "en");
    }

    @Test
    void curatedFailuresCarryLessonsLinkedToChecklistQuestionsAndTheirDerivedSeverity() {
        Api api = new Api(port);
        JsonNode all = api.get("/api/v1/accidents?size=500").body();
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(40);
        JsonNode kyrgyz = api.get("/api/v1/accidents?country=KGZ&decade=1950").body();
        assertThat(list(kyrgyz.get("items"))).extracting(a -> a.get("sourceKey").asString())
            .containsExactly("curated:mailuu-suu-1958");
        long stava = list(all.get("items")).stream().filter(a -> a.get("sourceKey").asString().equals("curated:stava-1985"))
            .findFirst().orElseThrow().get("id").asLong();
        JsonNode details = api.get("/api/v1/accidents/" + stava, "Accept-Language", "ru").body();
        assertThat(details.get("accident").get("severity").asString()).isEqualTo("VERY_SERIOUS");
        assertThat(details.get("accident").get("severityRule").asString()).isEqualTo("DEATHS_AT_LEAST_20");
        assertThat(details.get("accident").get("narrative").get("kk").asString()).isNotBlank();
        assertThat(list(details.get("lessons"))).isNotEmpty()
            .allSatisfy(lesson -> assertThat(lesson.get("questionIds").size()).isPositive());
        assertThat(api.get("/api/v1/accidents/99999999").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accidents?severity=7").status()).isEqualTo(400);
        JsonNode map = api.get("/api/v1/accidents.geojson").body();
        assertThat(map.get("features").size()).isEqualTo(all.get("total").asInt());
    }

    @Test
    void importsTheWholeCsp2ListWithItsQuirksAndUpdatesOnASecondImport() throws Exception {
        Assumptions.assumeTrue(Files.exists(CSP2), "Skipped: " + CSP2.toAbsolutePath().normalize()
                + " is absent (../shared/data; the CSP2 list is not bundled)");
        byte[] file = Files.readAllBytes(CSP2);
        long before = jdbc.sql("SELECT count(*) FROM accident").query(Long.class).single();
        Response dry = upload("authority", "csp2.csv", file, true);
        assertThat(dry.status()).as(String.valueOf(dry.body())).isEqualTo(200);
        assertThat(dry.body().get("events").asInt()).isEqualTo(376);
        assertThat(jdbc.sql("SELECT count(*) FROM accident").query(Long.class).single()).isEqualTo(before);
        List<String> warned = list(dry.body().get("warnings")).stream().map(w -> w.get("message").asString()).toList();
        assertThat(warned).anySatisfy(w -> assertThat(w).contains("Small"))
            .anySatisfy(w -> assertThat(w).contains("25-30"));

        Response first = upload("authority", "csp2.csv", file, false);
        assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(200);
        assertThat(first.body().get("created").asInt()).isEqualTo(376);
        Response again = upload("admin", "csp2.csv", file, false);
        assertThat(again.body().get("created").asInt()).isZero();
        assertThat(again.body().get("updated").asInt()).isEqualTo(376);
        assertThat(jdbc.sql("SELECT count(*) FROM accident WHERE origin = 'CSP2'").query(Long.class).single())
            .isEqualTo(376);

        Map<String, Object> ridder = jdbc.sql("""
                SELECT country, runout_km, severity, occurred_on::text AS day FROM accident
                 WHERE origin = 'CSP2' AND place ILIKE '%Ridder%' AND year = 2016""").query().singleRow();
        assertThat(ridder).containsEntry("country", "KAZ").containsEntry("runout_km", 100.0)
            .containsEntry("severity", 1).containsEntry("day", "2016-05-22");
        assertThat(jdbc.sql("SELECT country FROM accident WHERE origin = 'CSP2' AND place ILIKE 'Mailuu%'")
            .query(String.class).single()).isEqualTo("KGZ");
        long withCountry = jdbc.sql("SELECT count(*) FROM accident WHERE origin = 'CSP2' AND country IS NOT NULL")
            .query(Long.class).single();
        System.out.println("CSP2 rows with a country found in the location text: " + withCountry + " of 376");
        assertThat(withCountry).isEqualTo(351);
        assertThat(jdbc.sql("SELECT count(*) FROM accident_import WHERE file_name = 'csp2.csv'").query(Long.class)
            .single()).isEqualTo(2);
    }

    @Test
    void refusesBrokenFilesAndCallersWithoutTheRightWritingNothing() {
        long before = jdbc.sql("SELECT count(*) FROM accident").query(Long.class).single();
        Response wrong = upload("authority", "other.csv", "name,country\nx,KAZ\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(list(wrong.body().get("errors"))).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
            .contains("1:SEVERITY CODE", "1:INCIDENT YEAR");
        String header = "SEVERITY CODE,MINE/PROJECT & LOCATION,INCIDENT YEAR,\"RUNOUT\n(km)\"\n";
        Response badRows = upload("authority", "bad.csv", (header + "1,Good mine (Kazakhstan),2001,5\n"
                + "9,Bad class mine,2002,1\n" + "2,Bad year mine,20x3,~3\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(badRows.status()).isEqualTo(422);
        assertThat(list(badRows.body().get("errors"))).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
            .containsExactly("3:SEVERITY CODE", "4:INCIDENT YEAR");
        assertThat(jdbc.sql("SELECT count(*) FROM accident").query(Long.class).single()).isEqualTo(before);
        Response good = upload("authority", "good.csv", (header + "1,Good mine (Kazakhstan),2001,~5\n")
            .getBytes(StandardCharsets.UTF_8), true);
        assertThat(good.status()).as(String.valueOf(good.body())).isEqualTo(200);
        assertThat(upload("inspector", "good.csv", header.getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(403);
        assertThat(new Api(port).post("/api/v1/imports/accidents", "{}").status()).isIn(401, 403);
    }
}
