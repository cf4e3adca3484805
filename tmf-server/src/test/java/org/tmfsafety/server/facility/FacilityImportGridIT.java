package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Imports with coordinates in a grid: UTM and Soviet-era Pulkovo 1942 Gauss–Krüger rows become WGS84 before the
 * location check. The expected positions are the points the grid coordinates were made from: 42.867 N 76.117 E and
 * 42.871 N 76.124 E (Ak-Tyuz, Kyrgyzstan) projected by PROJ 9 ({@code cs2cs +proj=longlat +datum=WGS84 +to +proj=utm
 * +zone=43 +datum=WGS84}, and {@code +to EPSG:28413}), an independent implementation.
 */
@IntegrationTest
class FacilityImportGridIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImported() {
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'Grid test %'").update();
    }

    private Response upload(String csv, String mapping, boolean dryRun) {
        return new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=" + dryRun + "&mapping="
                + URLEncoder.encode(mapping, StandardCharsets.UTF_8), Map.of(), "file", "grid.csv",
                csv.getBytes(StandardCharsets.UTF_8), "Accept-Language", "ru");
    }

    private static List<JsonNode> errors(Response response) {
        return StreamSupport.stream(response.body().get("errors").spliterator(), false).toList();
    }

    private double[] stored(String name) {
        return jdbc.sql("SELECT latitude, longitude FROM facility WHERE name = :n").param("n", name)
            .query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
    }

    @Test
    void utmRowsAreTransformedToWgs84AndThePreviewShowsBoth() {
        String csv = """
                name;country;status;Восток, м;Север, м
                Grid test UTM 1;KGZ;ACTIVE;591241,393;4 746 650,636
                Grid test UTM 2;KGZ;ACTIVE;591807.260;4747102.434
                """;
        String mapping = "{\"columns\":{\"Восток, м\":\"easting\",\"Север, м\":\"northing\"},\"crs\":\"UTM:43N\"}";
        Response response = upload(csv, mapping, false);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        JsonNode first = response.body().get("preview").get(0);
        assertThat(first.get("easting").asDouble()).isEqualTo(591241.393);
        assertThat(first.get("latitude").asDouble()).isCloseTo(42.867, within(1e-7));
        assertThat(stored("Grid test UTM 1")).containsExactly(new double[] { 42.867, 76.117 }, within(1e-7));
        assertThat(stored("Grid test UTM 2")).containsExactly(new double[] { 42.871, 76.124 }, within(1e-7));
    }

    @Test
    void gaussKrugerRowsWithTheZonePrefixAreTransformedThroughThePulkovoDatum() {
        String csv = """
                name,country,status,Y,X
                Grid test GK,KGZ,ACTIVE,13591325.719,4748603.650
                """;
        Response response = upload(csv, "{\"columns\":{\"Y\":\"easting\",\"X\":\"northing\"},\"crs\":\"GK-PREFIX\"}",
                false);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        // proj4j shifts Pulkovo 1942 to WGS84 with EPSG:1267, PROJ with EPSG:15865 for Kazakhstan and Kyrgyzstan:
        // they differ by up to 3.5 m here (tmf-geo's ProjOracleTest), about 4e-5 degrees
        assertThat(stored("Grid test GK")).containsExactly(new double[] { 42.867, 76.117 }, within(5e-5));
    }

    @Test
    void rowsOutsideTheirZoneSwappedAxesAndMissingSystemsAreNamed() {
        String swapped = """
                name,country,status,E,N
                Grid test swapped,KGZ,ACTIVE,4746650.636,591241.393
                Grid test far,KGZ,ACTIVE,891241,4746650
                """;
        Response refused = upload(swapped, "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"},\"crs\":\"UTM:43N\"}",
                true);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
            .containsExactly("2:E", "3:E");
        assertThat(errors(refused).get(0).get("message").asString()).contains("4746650.636");

        Response noSystem = upload(swapped, "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"}}", true);
        assertThat(noSystem.status()).isEqualTo(422);
        assertThat(errors(noSystem).get(0).get("message").asString()).contains("UTM");

        Response perRow = upload("name,country,status,E,N,Zone\nGrid test per row,KGZ,ACTIVE,591241.393,4746650.636,\n",
                "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\",\"Zone\":\"coordinateZone\"},\"crs\":\"UTM-ROW:N\"}",
                true);
        assertThat(perRow.status()).isEqualTo(422);
        assertThat(errors(perRow).get(0).get("column").asString()).isEqualTo("E");

        Response unknownCode = upload(swapped, "{\"columns\":{\"E\":\"easting\",\"N\":\"northing\"},\"crs\":\"EPSG:999999\"}",
                true);
        assertThat(unknownCode.status()).isEqualTo(422);
        assertThat(errors(unknownCode).get(0).get("message").asString()).contains("EPSG:999999");
        assertThat(jdbc.sql("SELECT count(*) FROM facility WHERE name LIKE 'Grid test %'").query(Long.class).single())
            .isZero();
    }
}
