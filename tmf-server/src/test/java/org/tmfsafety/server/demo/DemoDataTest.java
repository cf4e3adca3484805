package org.tmfsafety.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Checks the shipped demo data set for what users rely on: enough real facilities, sources on every
 * record, and coordinates that fall in the stated country (checked against the Natural Earth borders
 * in ../shared/data, when that folder is present).
 */
class DemoDataTest {

    private static final Path COUNTRIES = Path.of("..", "..", "shared", "data", "ne_50m_admin_0_countries.geojson");

    private static JsonNode data;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = new ClassPathResource(DemoDataLoader.RESOURCE).getInputStream()) {
            data = JsonMapper.builder().build().readTree(in);
        }
    }

    private static List<JsonNode> facilities() {
        return StreamSupport.stream(data.get("facilities").spliterator(), false).toList();
    }

    @Test
    void hasAtLeastFortyFacilitiesMostlyInKazakhstanWithUpstreamNeighbours() {
        assertThat(facilities()).hasSizeGreaterThanOrEqualTo(40);
        Map<String, Long> perCountry = new HashMap<>();
        facilities().forEach(f -> perCountry.merge(f.get("country").asString(), 1L, Long::sum));
        assertThat(perCountry.get("KAZ")).isGreaterThan(facilities().size() / 2L);
        assertThat(perCountry).containsKeys("KGZ", "TJK", "UZB");
    }

    @Test
    void everyRecordHasAWebSourceAndAUniqueCode() {
        Set<String> codes = new HashSet<>();
        for (JsonNode facility : facilities()) {
            String code = facility.get("code").asString();
            assertThat(codes.add(code)).as("duplicate code %s", code).isTrue();
            assertThat(facility.get("dataSources").asString()).as(code).containsPattern("(?m)^https?://\\S+$");
        }
        for (JsonNode organisation : data.get("organisations")) {
            assertThat(organisation.get("source").asString()).as(organisation.get("key").asString()).startsWith("http");
        }
    }

    @Test
    void coordinatesLieInTheStatedCountry() throws IOException {
        Assumptions.assumeTrue(Files.exists(COUNTRIES),
                "Skipped: " + COUNTRIES.toAbsolutePath().normalize() + " is absent (shared data sets are not bundled)");
        Map<String, Geometry> countries = readCountries();
        GeometryFactory factory = new GeometryFactory();
        for (JsonNode facility : facilities()) {
            String country = facility.get("country").asString();
            Geometry border = countries.get(country);
            assertThat(border).as("Natural Earth has %s", country).isNotNull();
            Geometry point = factory.createPoint(
                    new Coordinate(facility.get("longitude").asDouble(), facility.get("latitude").asDouble()));
            assertThat(border.covers(point)).as("%s lies in %s", facility.get("code").asString(), country).isTrue();
        }
    }

    private static Map<String, Geometry> readCountries() throws IOException {
        JsonNode collection = JsonMapper.builder().build().readTree(COUNTRIES.toFile());
        GeometryFactory factory = new GeometryFactory();
        Map<String, Geometry> countries = new HashMap<>();
        for (JsonNode feature : collection.get("features")) {
            String iso = feature.get("properties").get("ADM0_A3").asString();
            JsonNode geometry = feature.get("geometry");
            List<JsonNode> polygons = "Polygon".equals(geometry.get("type").asString()) ? List.of(geometry.get("coordinates"))
                    : StreamSupport.stream(geometry.get("coordinates").spliterator(), false).toList();
            Geometry union = factory.createMultiPolygon(
                    polygons.stream().map(rings -> polygon(factory, rings)).toArray(Polygon[]::new));
            countries.put(iso, union);
        }
        return countries;
    }

    private static Polygon polygon(GeometryFactory factory, JsonNode rings) {
        LinearRing[] all = StreamSupport.stream(rings.spliterator(), false)
            .map(ring -> factory.createLinearRing(StreamSupport.stream(ring.spliterator(), false)
                .map(p -> new Coordinate(p.get(0).asDouble(), p.get(1).asDouble()))
                .toArray(Coordinate[]::new)))
            .toArray(LinearRing[]::new);
        return factory.createPolygon(all[0], Arrays.copyOfRange(all, 1, all.length));
    }

}
