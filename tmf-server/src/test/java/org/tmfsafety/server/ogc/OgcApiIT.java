package org.tmfsafety.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/** OGC API – Features Core: landing, conformance, collections, items with bbox, paging and filters. */
@IntegrationTest
class OgcApiIT {

    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void theLandingPageLeadsToConformanceAndCollections() {
        JsonNode landing = api().get("/ogc").body();
        assertThat(list(landing.get("links"))).extracting(l -> l.get("rel").asString())
            .contains("self", "service-desc", "conformance", "data");
        assertThat(list(api().get("/ogc/conformance").body().get("conformsTo"))).extracting(JsonNode::asString)
            .contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
        Response definition = api().get("/ogc/api");
        assertThat(definition.status()).isEqualTo(302);
        assertThat(definition.location()).endsWith("/v3/api-docs");
        assertThat(api().get("/v3/api-docs").body().get("paths").has("/ogc/collections/{collectionId}/items"))
            .as("the service description covers the OGC API").isTrue();
        JsonNode collections = api().get("/ogc/collections", "Accept-Language", "kk").body();
        assertThat(collections.get("collections").get(0).get("id").asString()).isEqualTo("facilities");
        assertThat(collections.get("collections").get(0).get("title").asString()).isEqualTo("Қалдық қоймалары");
    }

    @Test
    void itemsMatchThePublicListAndPageWithNextLinks() {
        long published = api().get("/api/v1/facilities").body().get("total").asLong();
        Response first = api().get("/ogc/collections/facilities/items?limit=10");
        assertThat(first.contentType()).startsWith("application/geo+json");
        assertThat(first.body().get("numberMatched").asLong()).isEqualTo(published);
        assertThat(first.body().get("numberReturned").asInt()).isEqualTo(10);
        String next = list(first.body().get("links")).stream().filter(l -> l.get("rel").asString().equals("next"))
            .findFirst().orElseThrow().get("href").asString();
        assertThat(next).contains("offset=10");
        Response second = api().get(next.substring(next.indexOf("/ogc")));
        assertThat(second.body().get("features").get(0).get("id").asLong())
            .isNotEqualTo(first.body().get("features").get(0).get("id").asLong());
    }

    @Test
    void filtersByBboxAndPropertiesAndRefusesBadParameters() {
        JsonNode kyrgyz = api().get("/ogc/collections/facilities/items?country=KGZ&limit=1000").body();
        assertThat(kyrgyz.get("numberMatched").asLong())
            .isEqualTo(api().get("/api/v1/facilities?country=KGZ").body().get("total").asLong());
        JsonNode box = api().get("/ogc/collections/facilities/items?bbox=82,49.5,84.5,50.7&limit=1000").body();
        assertThat(list(box.get("features"))).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isBetween(82.0, 84.5);
            assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isBetween(49.5, 50.7);
        });
        long id = box.get("features").get(0).get("id").asLong();
        assertThat(api().get("/ogc/collections/facilities/items/" + id).body().get("properties").get("code").asString())
            .isNotBlank();
        assertThat(api().get("/ogc/collections/facilities/items?bbox=1,2,3").status()).isEqualTo(400);
        assertThat(api().get("/ogc/collections/facilities/items?limit=0").status()).isEqualTo(400);
        assertThat(api().get("/ogc/collections/rivers/items").status()).isEqualTo(404);
    }

    @Test
    void servesTheDownstreamPathsAsLines() {
        JsonNode collections = api().get("/ogc/collections").body();
        assertThat(list(collections.get("collections"))).extracting(c -> c.get("id").asString())
            .containsExactly("facilities", "downstream-paths");
        JsonNode paths = api().get("/ogc/collections/downstream-paths/items?limit=1000").body();
        long expected = api().get("/api/v1/facilities/downstream-paths.geojson").body().get("features").size();
        long lines = list(paths.get("features")).stream()
            .filter(f -> f.get("geometry").get("type").asString().equals("LineString")).count();
        assertThat(lines).isEqualTo(paths.get("numberMatched").asLong()).isPositive().isLessThanOrEqualTo(expected);
        JsonNode first = paths.get("features").get(0);
        JsonNode one = api().get("/ogc/collections/downstream-paths/items/" + first.get("id").asLong()).body();
        assertThat(one.get("properties").get("code").asString()).isEqualTo(first.get("properties").get("code").asString());
        JsonNode nearUst = api().get("/ogc/collections/downstream-paths/items?bbox=82,49.5,84.5,50.7").body();
        assertThat(list(nearUst.get("features"))).extracting(f -> f.get("properties").get("firstForeignCountry").asString())
            .contains("RUS");
    }
}
