package org.tmfsafety.server.transboundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.geo.river.NetworkIssue;
import org.tmfsafety.geo.river.RiverNetworkException;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * River network imports end to end on the real database: stored all-or-nothing, put in use, validation
 * problems named by row and field, cancellation, extension of the network in use. Each test goes back to the
 * built-in network afterwards.
 */
@IntegrationTest
class RiverImportIT {

    /** Three reaches due north along 60°E from Kazakhstan (50°N) into Russia (53°N). */
    static final String HYDRORIVERS_CSV = """
            HYRIV_ID,NEXT_DOWN,LENGTH_KM,ORD_STRA,DIS_AV_CMS,WKT
            90000001,90000002,,1,1.5,"LINESTRING (60 50,60 50.5,60 51)"
            90000002,90000003,,2,3.0,"LINESTRING (60 51,60 51.5,60 52)"
            90000003,0,,2,4.0,"LINESTRING (60 52,60 52.5,60 53)"
            """;

    @LocalServerPort
    int port;

    @Autowired
    RiverImports imports;

    @Autowired
    TransboundaryService service;

    @Autowired
    HydrographyController controller;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheBuiltInNetwork() {
        service.useBuiltIn();
    }

    static Path file(String content) throws IOException {
        Path file = Files.createTempFile("rivers-test-", ".data");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static RiverImports.Job finished(RiverImports.Job job) throws InterruptedException {
        for (int i = 0; i < 1200 && job.state == RiverImports.State.RUNNING; i++) {
            Thread.sleep(50);
        }
        assertThat(job.state).as("the import ends within a minute").isNotEqualTo(RiverImports.State.RUNNING);
        return job;
    }

    private long networkRows() {
        return jdbc.sql("SELECT count(*) FROM river_network").query(Long.class).single();
    }

    private JsonNode screen(double latitude, double longitude) {
        ObjectNode body = Api.object();
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        return new Api(port).post("/api/v1/geo/transboundary", body).body();
    }

    @Test
    void importsHydroRiversCsvStoresItAndScreensWithIt() throws Exception {
        RiverImports.Job job = finished(imports.start(file(HYDRORIVERS_CSV), new RiverImports.Request("Test meridian",
                RiverImportFormat.HYDRORIVERS_CSV, RiverImportMode.REPLACE, null, "meridian.csv")).orElseThrow());
        assertThat(job.state).isEqualTo(RiverImports.State.SUCCEEDED);
        assertThat(job.items).isEqualTo(3);
        assertThat(job.bytesRead).isEqualTo(job.totalBytes);
        assertThat(service.network().id()).isEqualTo(job.networkId);
        JsonNode result = screen(50.7, 60.02);
        assertThat(result.get("network").get("name").asString()).isEqualTo("Test meridian");
        assertThat(result.get("reachId").asLong()).isEqualTo(90000001L);
        JsonNode downstream = result.get("downstream");
        assertThat(downstream.get("countries").get(0).asString()).isEqualTo("KAZ");
        assertThat(downstream.get("firstForeignCountry").asString()).isEqualTo("RUS");
        assertThat(jdbc.sql("SELECT count(*) FROM river_reach WHERE network_id = :id").param("id", job.networkId)
            .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT file_sha256 FROM river_network WHERE id = :id").param("id", job.networkId)
            .query(String.class).single()).hasSize(64);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'river_network' AND entity_id = :id")
            .param("id", job.networkId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM facility_transboundary WHERE basis NOT LIKE :basis")
            .param("basis", "network=" + job.networkId + ";%").query(Long.class).single())
            .as("every facility screened anew with the imported network").isZero();
    }

    @Test
    void theScaleANetworkIsGoodForDecidesWhetherItIsTooCoarseForSites() throws Exception {
        assertThat(screen(42.87, 73.86).get("undetermined").asString())
            .as("Kara-Balta on the built-in network, Natural Earth 1:50m, coarser than 1:1,000,000")
            .isEqualTo("NETWORK_TOO_COARSE");
        String twoMeridians = """
                HYRIV_ID,NEXT_DOWN,LENGTH_KM,ORD_STRA,DIS_AV_CMS,WKT
                91000001,0,,1,1.0,"LINESTRING (60 50,60 51,60 52,60 53)"
                91000002,0,,1,1.0,"LINESTRING (62 50,62 51,62 52,62 53)"
                """;
        finished(imports.start(file(twoMeridians), new RiverImports.Request("Fine meridians",
                RiverImportFormat.HYDRORIVERS_CSV, RiverImportMode.REPLACE, null, "meridians.csv", 250_000)).orElseThrow());
        assertThat(jdbc.sql("SELECT scale_denominator FROM river_network WHERE active").query(Integer.class).single())
            .isEqualTo(250_000);
        // halfway between the two rivers, 70 km from either, inside the network's extent
        assertThat(screen(50.5, 61.0).get("undetermined").asString()).isEqualTo("NO_MAPPED_RIVER");
        finished(imports.start(file(twoMeridians), new RiverImports.Request("Coarse meridians",
                RiverImportFormat.HYDRORIVERS_CSV, RiverImportMode.REPLACE, null, "meridians.csv", 5_000_000))
            .orElseThrow());
        assertThat(screen(50.5, 61.0).get("undetermined").asString()).isEqualTo("NETWORK_TOO_COARSE");
        assertThat(screen(50.5, 60.02).get("verdict").asString()).as("a river near the site is still followed")
            .isNotEqualTo("UNDETERMINED");
        assertThat(jdbc.sql("SELECT count(*) FROM facility_transboundary WHERE basis NOT LIKE '%;coarse=true'")
            .query(Long.class).single()).as("every facility screened anew with the coarse mark").isZero();
    }

    @Test
    void aBadRowFailsNamingRowAndFieldAndChangesNothing() throws Exception {
        long before = networkRows();
        String csv = HYDRORIVERS_CSV.replace("90000003,0,", "90000003,zero,");
        RiverImports.Job job = finished(imports.start(file(csv), new RiverImports.Request("Broken",
                RiverImportFormat.HYDRORIVERS_CSV, RiverImportMode.REPLACE, null, "broken.csv")).orElseThrow());
        assertThat(job.state).isEqualTo(RiverImports.State.FAILED);
        assertThat(job.problem.problem()).isEqualTo(RiverNetworkException.Problem.NOT_A_NUMBER);
        assertThat(job.problem.where()).isEqualTo(RiverNetworkException.Where.ROW);
        assertThat(job.problem.number()).isEqualTo(4);
        assertThat(controller.problem(job.problem, Locale.forLanguageTag("ru")))
            .isEqualTo("Строка 4, поле NEXT_DOWN: zero не является числом.");
        assertThat(networkRows()).isEqualTo(before);
        assertThat(service.network().id()).isNull();
    }

    @Test
    void cancellingStopsTheImportWithoutWritingAnything() throws Exception {
        long before = networkRows();
        Path big = Files.createTempFile("rivers-big-", ".csv");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("HYRIV_ID,NEXT_DOWN,LENGTH_KM,WKT\n");
            for (int i = 1; i <= 300_000; i++) {
                double lon = 60 + (i % 1000) * 0.001;
                double lat = 45 + (i / 1000) * 0.001;
                out.write(i + ",0,1,\"LINESTRING (" + lon + " " + lat + "," + (lon + 0.0005) + " " + lat + ")\"\n");
            }
        }
        RiverImports.Job job = imports.start(big, new RiverImports.Request("Too big", RiverImportFormat.HYDRORIVERS_CSV,
                RiverImportMode.REPLACE, null, "big.csv")).orElseThrow();
        assertThat(imports.start(file(HYDRORIVERS_CSV), new RiverImports.Request("Second",
                RiverImportFormat.HYDRORIVERS_CSV, RiverImportMode.REPLACE, null, "second.csv")))
            .as("one import at a time").isEmpty();
        assertThat(imports.cancel(job.id)).isTrue();
        finished(job);
        assertThat(job.state).isEqualTo(RiverImports.State.CANCELLED);
        assertThat(job.bytesRead).isLessThan(job.totalBytes);
        assertThat(networkRows()).isEqualTo(before);
        assertThat(Files.exists(big)).as("the upload is deleted").isFalse();
    }

    @Test
    void plainLinesExtendTheNetworkInUseWithAReport() throws Exception {
        int builtIn = service.network().reaches();
        String geojson = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"Test river"},
                  "geometry":{"type":"LineString","coordinates":[[60,53],[60,52],[60,51],[60,50]]}}
                ]}
                """;
        RiverImports.Job job = finished(imports.start(file(geojson), new RiverImports.Request("Built-in plus a line",
                RiverImportFormat.LINES_GEOJSON, RiverImportMode.EXTEND, 3.0, "line.geojson")).orElseThrow());
        assertThat(job.state).as(String.valueOf(job.problem)).isEqualTo(RiverImports.State.SUCCEEDED);
        assertThat(job.report.count(NetworkIssue.Type.REVERSED)).isZero();
        assertThat(service.network().reaches()).isEqualTo(builtIn + 1);
        assertThat(screen(50.41, 80.23).get("downstream").get("firstForeignCountry").asString())
            .as("the built-in Irtysh is still there").isEqualTo("RUS");
        JsonNode onTheLine = screen(52.5, 60.01);
        assertThat(onTheLine.get("network").get("name").asString()).isEqualTo("Built-in plus a line");
        assertThat(List.of(onTheLine.get("downstream").get("countries").get(0).asString())).containsExactly("RUS");
    }
}
