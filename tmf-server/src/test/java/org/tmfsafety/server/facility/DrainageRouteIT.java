package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Drainage routes through the API on the built-in Natural Earth network: the demo routes (Ridder into Russia,
 * Mailuu-Suu into Uzbekistan), a route recorded by an inspector changing the verdict and the risk index's
 * transboundary term, refused input that leaves nothing written, and concurrent changes.
 */
@IntegrationTest
class DrainageRouteIT {

    /** Ridder, East Kazakhstan: no river of Natural Earth 1:50m within 10 km. */
    private static final double LAT = 50.36;

    private static final double LON = 83.45;

    /** From near Ridder down the Ulba valley to the Irtysh (Ertis) of Natural Earth 1:50m at Ust-Kamenogorsk. */
    private static final double[][] ULBA = { { 83.43, 50.345 }, { 83.27, 50.25 }, { 83.1, 50.15 }, { 82.9, 50.05 },
            { 82.75, 49.98 }, { 82.696, 49.947 } };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private long codeId(Api api, String code) {
        return api.get("/api/v1/facilities?q=" + code).body().get("items").get(0).get("id").asLong();
    }

    private long newFacility(Api authority, String name) {
        ObjectNode facility = FacilityApiIT.aFacility(name);
        facility.put("region", "East Kazakhstan Region");
        facility.put("latitude", LAT);
        facility.put("longitude", LON);
        Response created = authority.post("/api/v1/facilities", facility);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static ObjectNode route(String kind, double[][] lonLat) {
        ObjectNode body = Api.object();
        body.put("kind", kind);
        ObjectNode geometry = body.putObject("geometry");
        geometry.put("type", lonLat.length == 1 ? "Point" : "LineString");
        if (lonLat.length == 1) {
            geometry.putArray("coordinates").add(lonLat[0][0]).add(lonLat[0][1]);
        }
        else {
            ArrayNode coordinates = geometry.putArray("coordinates");
            for (double[] p : lonLat) {
                coordinates.addArray().add(p[0]).add(p[1]);
            }
        }
        body.put("source", "Inspection of 2026-11-20, route walked with the operator");
        return body;
    }

    private static double geodesicKm(double lat, double lon, double[][] lonLat) {
        double km = 0;
        double[] previous = { lon, lat };
        for (double[] p : lonLat) {
            km += Geodesic.WGS84.Inverse(previous[1], previous[0], p[1], p[0]).s12 / 1000;
            previous = p;
        }
        return km;
    }

    private static JsonNode term(Api api, long id, String index, String code) {
        JsonNode rating = list(api.get("/api/v1/facilities/" + id + "/ratings").body()).stream()
            .filter(r -> r.get("index").asString().equals(index)).findFirst().orElseThrow();
        return list(rating.get("terms")).stream().filter(t -> t.get("code").asString().equals(code)).findFirst()
            .orElseThrow();
    }

    @Test
    void theDemoRoutesTraceRidderIntoRussiaAndMailuuSuuIntoUzbekistan() {
        Api authority = new Api(port).asAuthority();
        Map<String, String> expected = Map.of("KZ-0001", "RUS", "KZ-0002", "RUS", "KG-0001", "UZB", "KG-0002", "UZB",
                "KG-0003", "UZB");
        expected.forEach((code, country) -> {
            JsonNode result = authority.get("/api/v1/facilities/" + codeId(authority, code) + "/transboundary").body();
            assertThat(result.get("snapDistanceKm").isNull()).as(code + ": no mapped river within 10 km").isTrue();
            assertThat(result.get("verdict").asString()).as(code).isEqualTo("POTENTIAL_EFFECT");
            JsonNode downstream = result.get("downstream");
            assertThat(downstream.get("firstForeignCountry").asString()).as(code).isEqualTo(country);
            assertThat(downstream.get("route").get("kind").asString()).isEqualTo("DRAWN");
            assertThat(downstream.get("route").get("reachesNetwork").asBoolean()).as(code).isTrue();
        });
        JsonNode ridder = authority.get("/api/v1/facilities/" + codeId(authority, "KZ-0001") + "/transboundary").body();
        assertThat(ridder.get("downstream").get("route").get("river").isNull())
            .as("the built-in Natural Earth extract carries no river names").isTrue();
        assertThat(list(ridder.get("downstream").get("countries"))).extracting(JsonNode::asString)
            .containsExactly("KAZ", "RUS");
        JsonNode paths = authority.get("/api/v1/facilities/downstream-paths.geojson").body().get("features");
        JsonNode talovsky = list(paths).stream().filter(f -> f.get("properties").get("code").asString().equals("KZ-0001"))
            .filter(f -> f.get("geometry").get("type").asString().equals("LineString")).findFirst().orElseThrow();
        assertThat(talovsky.get("properties").get("route").asString()).as("the map's path says it starts with a route")
            .isEqualTo("DRAWN");
        assertThat(talovsky.get("properties").get("routeKm").asDouble()).isBetween(60.0, 90.0);
        JsonNode mailuu = authority.get("/api/v1/facilities/" + codeId(authority, "KG-0001") + "/transboundary").body();
        assertThat(mailuu.get("downstream").get("alongRiverKmToBorder").asDouble())
            .as("the Kyrgyz-Uzbek border lies on the route, 25-40 km below the town").isBetween(20.0, 45.0);
        assertThat(list(mailuu.get("downstream").get("countries"))).extracting(JsonNode::asString)
            .startsWith("KGZ", "UZB").endsWith("KAZ");
    }

    @Test
    void noDemoFacilityIsShownAsNoEffectWithoutAMappedRiverOrARouteToOne() {
        long falseNo = jdbc.sql("""
                SELECT count(*) FROM facility_transboundary t JOIN facility f ON f.id = t.facility_id
                 WHERE t.verdict = 'NO_EFFECT_FOUND' AND t.result ->> 'snapDistanceKm' IS NULL
                   AND coalesce(t.result -> 'downstream' -> 'route' ->> 'reachesNetwork', 'false') <> 'true'""")
            .query(Long.class).single();
        assertThat(falseNo).isZero();
    }

    @Test
    void anInspectorRecordsARouteAndTheVerdictAndTheRiskIndexFollowIt() {
        Api authority = new Api(port).asAuthority();
        long id = newFacility(authority, "Route test near Ridder");
        Api inspector = new Api(port).as("inspector", "inspector-demo");
        String path = "/api/v1/facilities/" + id + "/drainage-route";
        JsonNode before = inspector.get("/api/v1/facilities/" + id + "/transboundary").body();
        assertThat(before.get("verdict").asString()).isEqualTo("UNDETERMINED");
        assertThat(before.get("undetermined").asString()).as("the built-in Natural Earth network is marked 1:50m")
            .isEqualTo("NETWORK_TOO_COARSE");
        assertThat(inspector.get(path).status()).isEqualTo(404);
        JsonNode transBefore = term(authority, id, "TRI", "TRANS");

        Response saved = inspector.put(path, route("DRAWN", ULBA));
        assertThat(saved.status()).as(String.valueOf(saved.body())).isEqualTo(200);
        JsonNode result = saved.body().get("transboundary");
        assertThat(result.get("verdict").asString()).isEqualTo("POTENTIAL_EFFECT");
        JsonNode downstream = result.get("downstream");
        assertThat(downstream.get("firstForeignCountry").asString()).isEqualTo("RUS");
        double routeKm = geodesicKm(LAT, LON, ULBA);
        assertThat(downstream.get("route").get("lengthKm").asDouble())
            .as("geodesic length of the route, plus the step from its end to the river (under 2 km)")
            .isBetween(routeKm, routeKm + 2);
        assertThat(downstream.get("alongRiverKmToBorder").asDouble()).isGreaterThan(routeKm + 300);
        assertThat(downstream.get("path").get("coordinates").get(0).get(1).asDouble()).as("the path starts at the site")
            .isEqualTo(LAT);

        JsonNode stored = inspector.get(path).body();
        assertThat(stored.get("kind").asString()).isEqualTo("DRAWN");
        assertThat(stored.get("version").asInt()).isZero();
        assertThat(stored.get("updatedBy").asString()).isEqualTo("inspector");
        assertThat(stored.get("geometry").get("coordinates").size()).isEqualTo(ULBA.length);
        assertThat(stored.get("geometry").get("coordinates").get(2).get(0).asDouble()).isEqualTo(83.1);

        JsonNode transAfter = term(authority, id, "TRI", "TRANS");
        assertThat(transAfter.toString()).as("the risk index reads the new screening").isNotEqualTo(transBefore.toString());
        assertThat(list(authority.get("/api/v1/facilities/" + id + "/history").body()).stream()
            .flatMap(entry -> list(entry.get("changes")).stream())
            .map(change -> change.get("field").asString())).contains("drainageRoute", "drainageRouteSource");

        Response deleted = inspector.delete(path + "?version=0");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(inspector.get("/api/v1/facilities/" + id + "/transboundary").body().get("verdict").asString())
            .isEqualTo("UNDETERMINED");
        assertThat(term(authority, id, "TRI", "TRANS").toString()).isEqualTo(transBefore.toString());
    }

    @Test
    void aReceivingWaterIsAStraightApproximateConnectorAndTheOtherFormsGiveTheSamePoints() {
        Api authority = new Api(port).asAuthority();
        long id = newFacility(authority, "Receiving water test");
        String path = "/api/v1/facilities/" + id + "/drainage-route";
        Response saved = authority.put(path, route("RECEIVING_WATER", new double[][] { { 82.696, 49.947 } }));
        assertThat(saved.status()).as(String.valueOf(saved.body())).isEqualTo(200);
        JsonNode routeUse = saved.body().get("transboundary").get("downstream").get("route");
        assertThat(routeUse.get("approximate").asBoolean()).isTrue();
        double straightKm = Geodesic.WGS84.Inverse(LAT, LON, 49.947, 82.696).s12 / 1000;
        assertThat(routeUse.get("lengthKm").asDouble()).isBetween(straightKm, straightKm + 2);

        ObjectNode wkt = Api.object();
        wkt.put("kind", "DRAWN");
        wkt.put("wkt", "LINESTRING (83.4 50.33, 83.27 50.25, 82.696 49.947)");
        wkt.put("source", "WKT from the operator's GIS");
        wkt.put("version", 0);
        assertThat(authority.put(path, wkt).status()).isEqualTo(200);
        JsonNode fromWkt = authority.get(path).body().get("geometry").get("coordinates");

        ObjectNode lines = Api.object();
        lines.put("kind", "DRAWN");
        lines.put("coordinates", "50.33, 83.4\n50°15′N, 83°16′12″E\n49.947; 82.696");
        lines.put("source", "Coordinates from the inspection report");
        lines.put("version", 1);
        Response fromLines = authority.put(path, lines);
        assertThat(fromLines.status()).as(String.valueOf(fromLines.body())).isEqualTo(200);
        assertThat(fromLines.body().get("route").get("geometry").get("coordinates").toString())
            .isEqualTo(fromWkt.toString());
        assertThat(fromLines.body().get("route").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void badRoutesAreRefusedNamingTheFieldAndNothingIsWritten() {
        Api authority = new Api(port).asAuthority();
        long id = newFacility(authority, "Refused routes");
        String path = "/api/v1/facilities/" + id + "/drainage-route";
        Map<String, ObjectNode> refused = new LinkedHashMap<>();
        refused.put("points", route("DRAWN", new double[][] { { 82.9, 50.05 }, { 82.696, 49.947 } }));
        refused.put("points ", route("RECEIVING_WATER", new double[][] { { 84.5, 50.9 } }));
        ObjectNode unreadable = route("DRAWN", ULBA);
        unreadable.remove("geometry");
        unreadable.put("wkt", "LINESTRING (83.4)");
        refused.put(" points", unreadable);
        ObjectNode twoForms = route("DRAWN", ULBA);
        twoForms.put("wkt", "POINT (83.4 50.33)");
        refused.put("geometry", twoForms);
        ObjectNode noSource = route("DRAWN", ULBA);
        noSource.remove("source");
        refused.put("source", noSource);
        ObjectNode badKind = route("SKETCH", ULBA);
        refused.put("kind", badKind);
        refused.forEach((field, body) -> {
            Response response = authority.put(path, body, "Accept-Language", "ru");
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(list(response.body().get("errors"))).extracting(e -> e.get("field").asString())
                .contains(field.strip());
            assertThat(response.body().toString()).as("translated").containsPattern("[А-Яа-я]");
        });
        Response far = authority.put(path, refused.get("points"), "Accept-Language", "ru");
        assertThat(far.body().toString()).as("the distance from the site is named").contains("км");
        assertThat(authority.get(path).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM facility_drainage_route WHERE facility_id = :id").param("id", id)
            .query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedRouteFormKeepsEverythingTyped() throws Exception {
        long id = newFacility(new Api(port).asAuthority(), "Refused route form");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        FormLogin.signIn(browser, base, "inspector", "inspector-demo");
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/facilities/" + id + "/drainage-route"))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        String backwards = "50.05, 82.9\n49.947, 82.696";
        String comment = "Drawn from the operator sketch";
        String form = "kind=DRAWN&version=&source=&points=" + URLEncoder.encode(backwards, StandardCharsets.UTF_8)
                + "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(base + "/facilities/" + id
                + "/drainage-route?lang=en")).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).as("both fields at fault are named")
            .contains("data-error-for=\"points\"", "data-error-for=\"source\"");
        assertThat(refused.body()).as("the points with an error are kept as typed")
            .containsPattern("<textarea[^>]*id=\"points\"[^>]*>\\s*" + Pattern.quote(backwards) + "</textarea>");
        assertThat(refused.body()).contains(comment);
        assertThat(jdbc.sql("SELECT count(*) FROM facility_drainage_route WHERE facility_id = :id").param("id", id)
            .query(Long.class).single()).isZero();
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndLosesNothing() {
        Api authority = new Api(port).asAuthority();
        long id = newFacility(authority, "Concurrent routes");
        String path = "/api/v1/facilities/" + id + "/drainage-route";
        assertThat(authority.put(path, route("DRAWN", ULBA)).status()).isEqualTo(200);
        Response again = authority.put(path, route("DRAWN", ULBA));
        assertThat(again.status()).as("a second new route over the first").isEqualTo(409);
        ObjectNode first = route("DRAWN", ULBA);
        first.put("version", 0);
        first.put("comment", "first editor");
        assertThat(authority.put(path, first).status()).isEqualTo(200);
        ObjectNode second = route("RECEIVING_WATER", new double[][] { { 82.696, 49.947 } });
        second.put("version", 0);
        Response stale = authority.put(path, second);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(authority.delete(path + "?version=0").status()).isEqualTo(409);
        JsonNode kept = authority.get(path).body();
        assertThat(kept.get("comment").asString()).isEqualTo("first editor");
        assertThat(kept.get("kind").asString()).isEqualTo("DRAWN");
    }

    @Test
    void anImportGivesRoutesWithItsRowsAndRefusesABadOneNamingRowAndColumn() {
        Api authority = new Api(port).asAuthority();
        String header = "name,country,region,latitude,longitude,status,waterHazardClass,drainageRoute,drainageRouteSource\n";
        String good = "Imported with a route,KAZ,East Kazakhstan Region,50.36,83.45,ACTIVE,WGK2,"
                + "\"LINESTRING (83.43 50.345, 83.1 50.15, 82.696 49.947)\",Operator's GIS\n";
        String far = "Imported far from rivers,KAZ,East Kazakhstan Region,50.36,83.45,ACTIVE,WGK2,"
                + "POINT (84.5 50.9),Operator's GIS\n";
        String noSource = "Imported without source,KAZ,East Kazakhstan Region,50.36,83.45,ACTIVE,WGK2,"
                + "\"50.345, 83.43\n49.947, 82.696\",\n";
        long before = jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single();
        Response refused = authority.upload("/api/v1/imports/facilities?dryRun=false", Map.of(), "file", "routes.csv",
                (header + good + far + noSource).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Accept-Language", "ru");
        assertThat(refused.status()).as(String.valueOf(refused.body())).isEqualTo(422);
        assertThat(list(refused.body().get("errors"))).extracting(e -> e.get("row").asInt() + ":" + e.get("column")
            .asString()).containsExactlyInAnyOrder("3:drainageRoute", "4:drainageRouteSource");
        assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single()).isEqualTo(before);

        Response imported = authority.upload("/api/v1/imports/facilities?dryRun=false", Map.of(), "file", "routes.csv",
                (header + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(String.valueOf(imported.body())).isEqualTo(200);
        long id = jdbc.sql("SELECT id FROM facility WHERE name = 'Imported with a route'").query(Long.class).single();
        JsonNode route = authority.get("/api/v1/facilities/" + id + "/drainage-route").body();
        assertThat(route.get("kind").asString()).isEqualTo("DRAWN");
        assertThat(route.get("source").asString()).isEqualTo("Operator's GIS");
        assertThat(authority.get("/api/v1/facilities/" + id + "/transboundary").body().get("downstream")
            .get("firstForeignCountry").asString()).isEqualTo("RUS");
    }
}
