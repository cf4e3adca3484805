package org.tmfsafety.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
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

    private String html(String path, String language) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return response.body();
    }

    @Test
    void everyDocumentHasAnHtmlEncodingLinkedBothWays() throws Exception {
        JsonNode landing = api().get("/ogc").body();
        assertThat(list(landing.get("links"))).anySatisfy(l -> {
            assertThat(l.get("rel").asString()).isEqualTo("alternate");
            assertThat(l.get("type").asString()).isEqualTo("text/html");
            assertThat(l.get("href").asString()).endsWith("/ogc?f=html");
        });
        String page = html("/ogc?f=html", "ru");
        assertThat(page).contains("Хвостохранилища", "http://localhost:" + port + "/ogc</code>",
                "/ogc/collections/facilities/items?f=html", "/ogc/collections/downstream-paths/items?f=html",
                "conf/core");
        long published = api().get("/api/v1/facilities").body().get("total").asLong();
        String items = html("/ogc/collections/facilities/items?f=html&limit=5", "en");
        assertThat(Pattern.compile("/ogc/collections/facilities/items/\\d+\\?f=html").matcher(items).results().count())
            .isEqualTo(5);
        assertThat(items).contains("5 of " + published, "offset=5", "hazardClass");
        JsonNode first = api().get("/ogc/collections/facilities/items?limit=1").body().get("features").get(0);
        String item = html("/ogc/collections/facilities/items/" + first.get("id").asLong() + "?f=html", "kk");
        assertThat(item).contains(first.get("properties").get("code").asString(), "Point");
        assertThat(api().get("/ogc/collections/facilities/items?limit=1&f=json").contentType())
            .startsWith("application/geo+json");
    }

    @Test
    void accidentsAreACollectionFilteredByDatetime() {
        long located = api().get("/api/v1/accidents.geojson").body().get("features").size();
        JsonNode all = api().get("/ogc/collections/accidents/items?limit=1000").body();
        assertThat(all.get("numberMatched").asLong()).isEqualTo(located).isGreaterThanOrEqualTo(40);
        JsonNode two = api().get("/ogc/collections/accidents/items?datetime=2010-01-01/2014-12-31&limit=1000").body();
        assertThat(list(two.get("features"))).isNotEmpty().allSatisfy(f -> assertThat(f.get("properties").get("year")
            .asInt()).isBetween(2010, 2014));
        JsonNode ajka = api().get("/ogc/collections/accidents/items?datetime=2010-10-04").body();
        assertThat(list(ajka.get("features"))).extracting(f -> f.get("properties").get("country").asString())
            .containsExactly("HUN");
        JsonNode until = api().get("/ogc/collections/accidents/items?datetime=../1960-12-31").body();
        assertThat(list(until.get("features"))).extracting(f -> f.get("properties").get("year").asInt())
            .containsExactly(1958);
        long id = ajka.get("features").get(0).get("id").asLong();
        assertThat(api().get("/ogc/collections/accidents/items/" + id).body().get("properties").get("name").asString())
            .isNotBlank();
        assertThat(api().get("/ogc/collections/accidents/items?datetime=2010-13-01").status()).isEqualTo(400);
        assertThat(api().get("/ogc/collections/accidents/items?datetime=2014-01-01/2010-01-01").status()).isEqualTo(400);
        assertThat(api().get("/ogc/collections/facilities/items?datetime=2010-01-01").status()).isEqualTo(400);
        assertThat(api().get("/ogc/collections/accidents/items?status=ACTIVE").status()).isEqualTo(400);
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
            .containsExactly("facilities", "downstream-paths", "accidents");
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
