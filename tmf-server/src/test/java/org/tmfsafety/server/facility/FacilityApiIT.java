package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

@IntegrationTest
public class FacilityApiIT {

    private static final String FACILITIES = "/api/v1/facilities";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port).asAuthority();
    }

    public static ObjectNode aFacility(String name) {
        ObjectNode facility = Api.object();
        facility.put("name", name);
        facility.put("country", "KAZ");
        facility.put("region", "Karaganda Region");
        facility.put("latitude", 47.8);
        facility.put("longitude", 67.7);
        facility.put("status", "ACTIVE");
        facility.put("storedVolumeM3", 1_200_000);
        facility.put("damHeightM", 24.5);
        facility.put("waterHazardClass", "WGK2");
        return facility;
    }

    private long total(String query) {
        Response response = api.get(FACILITIES + query);
        assertThat(response.status()).isEqualTo(200);
        return response.body().get("total").asLong();
    }

    private List<JsonNode> items(String query) {
        Response response = api.get(FACILITIES + query);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return StreamSupport.stream(response.body().get("items").spliterator(), false).toList();
    }

    private static List<String> fields(Response problem) {
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
            .map(error -> error.get("field").asString())
            .toList();
    }

    private static String message(Response problem, String field) {
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
            .filter(error -> field.equals(error.get("field").asString()))
            .map(error -> error.get("message").asString())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem.body()));
    }

    @Test
    void generatedCodesCountOnPerCountryAndSkipCodesGivenByHand() {
        ObjectNode first = aFacility("Code test one");
        first.put("country", "TJK");
        first.put("region", "Sughd");
        first.put("latitude", 40.28);
        first.put("longitude", 69.62);
        Response one = api.post(FACILITIES, first);
        assertThat(one.status()).as(String.valueOf(one.body())).isEqualTo(201);
        int number = Integer.parseInt(one.body().get("code").asString().substring(3));
        ObjectNode byHand = first.deepCopy();
        byHand.put("name", "Code test by hand");
        byHand.put("code", String.format("TJ-%04d", number + 1));
        assertThat(api.post(FACILITIES, byHand).status()).isEqualTo(201);
        ObjectNode next = first.deepCopy();
        next.put("name", "Code test three");
        Response three = api.post(FACILITIES, next);
        assertThat(three.body().get("code").asString()).isEqualTo(String.format("TJ-%04d", number + 2));
        for (Response created : List.of(one, three)) {
            api.delete(FACILITIES + "/" + created.body().get("id").asLong());
        }
        api.delete(FACILITIES + "/" + items("?q=Code%20test%20by%20hand").get(0).get("id").asLong());
    }

    @Test
    void theMapLayerIsRevalidatedByEtagAndChangesWithTheData() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI layer = URI.create("http://localhost:" + port + "/api/v1/facilities.geojson?country=KAZ");
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(layer).build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(layer)
            .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> otherLanguage = http.send(HttpRequest.newBuilder(layer)
            .header("If-None-Match", etag).header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherLanguage.statusCode()).as("names in another language").isEqualTo(200);

        Response created = api.post(FACILITIES, aFacility("Etag test TMF"));
        try {
            HttpResponse<String> changed = http.send(HttpRequest.newBuilder(layer)
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        }
        finally {
            api.delete(FACILITIES + "/" + created.body().get("id").asLong());
        }
    }

    @Test
    void listsTheDemoFacilitiesWithTheDocumentedFields() {
        Response response = api.get(FACILITIES + "?size=200");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("total").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(response.body().get("page").asInt()).isZero();
        assertThat(response.body().get("size").asInt()).isEqualTo(200);
        JsonNode first = response.body().get("items").get(0);
        for (String field : List.of("id", "code", "name", "country", "region", "latitude", "longitude", "status",
                "storedVolumeM3", "damHeightM", "operator", "version")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(items("?size=200").stream().map(f -> f.get("country").asString()))
            .contains("KAZ", "KGZ", "TJK", "UZB");
    }

    @Test
    void pagesDoNotOverlapAndReportTheSameTotal() {
        Response first = api.get(FACILITIES + "?size=10&page=0");
        Response second = api.get(FACILITIES + "?size=10&page=1");
        assertThat(first.body().get("total")).isEqualTo(second.body().get("total"));
        List<String> firstCodes = items("?size=10&page=0").stream().map(f -> f.get("code").asString()).toList();
        List<String> secondCodes = items("?size=10&page=1").stream().map(f -> f.get("code").asString()).toList();
        assertThat(firstCodes).hasSize(10).doesNotContainAnyElementsOf(secondCodes);
        assertThat(secondCodes).hasSize(10);
    }

    @Test
    void filtersByCountryAndStatus() {
        List<JsonNode> kyrgyz = items("?country=KGZ&status=ABANDONED&size=200");
        assertThat(kyrgyz).isNotEmpty()
            .allSatisfy(f -> assertThat(f.get("country").asString()).isEqualTo("KGZ"))
            .allSatisfy(f -> assertThat(f.get("status").asString()).isEqualTo("ABANDONED"));
        assertThat(total("?country=kgz")).as("country codes are case-insensitive").isEqualTo(total("?country=KGZ"));
        assertThat(total("?country=KGZ")).isLessThan(total(""));
    }

    @Test
    void filtersByRegionIgnoringCase() {
        List<JsonNode> east = items("?region=east%20kazakhstan%20region&size=200");
        assertThat(east).isNotEmpty()
            .allSatisfy(f -> assertThat(f.get("region").asString()).isEqualToIgnoringCase("East Kazakhstan Region"));
    }

    @Test
    void searchesNamesInEveryLanguageCodesAndOperators() {
        assertThat(items("?q=KZ-0001")).extracting(f -> f.get("code").asString()).contains("KZ-0001");
        assertThat(items("?q=%D0%A2%D0%B0%D0%BB%D0%BE%D0%B2")).as("Russian 'Талов'")
            .extracting(f -> f.get("code").asString())
            .contains("KZ-0001");
        assertThat(items("?q=kazzinc&size=200")).as("operator name, any case").isNotEmpty()
            .allSatisfy(f -> assertThat(f.get("operator").get("name").asString()).containsIgnoringCase("kazzinc"));
        assertThat(total("?q=%25")).as("a percent sign is matched literally, not as a wildcard").isZero();
    }

    @Test
    void sortsByAnyDocumentedFieldWithUnknownValuesLast() {
        List<JsonNode> byVolume = items("?sort=storedVolumeM3,desc&size=200");
        List<Double> volumes = byVolume.stream()
            .map(f -> f.get("storedVolumeM3").isNull() ? null : f.get("storedVolumeM3").asDouble())
            .toList();
        int firstNull = volumes.indexOf(null);
        List<Double> known = volumes.subList(0, firstNull < 0 ? volumes.size() : firstNull);
        assertThat(known).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(volumes.subList(known.size(), volumes.size())).containsOnlyNulls();

        List<String> byName = items("?sort=name&size=200").stream().map(f -> f.get("name").asString()).toList();
        assertThat(byName).isSorted();
        List<String> byCodeDesc = items("?sort=code,desc&size=200").stream().map(f -> f.get("code").asString()).toList();
        assertThat(byCodeDesc).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void refusesUnknownListParametersNamingThem() {
        Response response = api.get(FACILITIES + "?status=RUNNING&size=1000&sort=colour&country=ZZZ&page=-1");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactlyInAnyOrder("status", "size", "sort", "country", "page");
    }

    @Test
    void createsReadsUpdatesAndDeletesAFacility() {
        Response created = api.post(FACILITIES, aFacility("Test lifecycle TMF"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.location()).endsWith(FACILITIES + "/" + id);
        assertThat(created.body().get("code").asString()).as("generated from the country").matches("KZ-\\d{4}");
        assertThat(created.body().get("version").asInt()).isZero();
        assertThat(created.body().get("damRaiseMethod").asString()).isEqualTo("UNKNOWN");

        Response read = api.get(FACILITIES + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("name").asString()).isEqualTo("Test lifecycle TMF");
        assertThat(read.body().get("storedVolumeM3").asDouble()).isEqualTo(1_200_000);

        ObjectNode change = (ObjectNode) read.body().deepCopy();
        change.put("damHeightM", 31.0);
        change.put("nameRu", "Тестовое хвостохранилище");
        change.put("nameKk", "Сынақ қалдық қоймасы");
        Response updated = api.put(FACILITIES + "/" + id, change);
        assertThat(updated.status()).as(String.valueOf(updated.body())).isEqualTo(200);
        assertThat(updated.body().get("version").asInt()).isEqualTo(1);
        assertThat(api.get(FACILITIES + "/" + id).body().get("nameKk").asString()).isEqualTo("Сынақ қалдық қоймасы");

        assertThat(api.delete(FACILITIES + "/" + id).status()).isEqualTo(204);
        assertThat(api.get(FACILITIES + "/" + id).status()).isEqualTo(404);
        assertThat(api.delete(FACILITIES + "/" + id).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void namesTheInvalidFieldInTheLanguageOfTheRequest(String language) {
        ObjectNode facility = aFacility("Latitude out of range");
        facility.put("latitude", 123);
        Response response = api.post(FACILITIES, facility, "Accept-Language", language);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactly("latitude");
        Locale locale = Locale.forLanguageTag(language);
        assertThat(message(response, "latitude"))
            .isEqualTo(messages.getMessage("validation.max", null, locale).replace("{value}", "90"));
        assertThat(response.body().get("title").asString())
            .isEqualTo(messages.getMessage("problem.validation.title", null, locale));
    }

    @Test
    void answersInTheBestSupportedLanguageOfTheHeader() {
        ObjectNode facility = aFacility("Header negotiation");
        facility.put("latitude", 123);
        Response response = api.post(FACILITIES, facility, "Accept-Language", "de-DE,de;q=0.9,kk;q=0.8");
        assertThat(message(response, "latitude")).isEqualTo(
                messages.getMessage("validation.max", null, Locale.forLanguageTag("kk")).replace("{value}", "90"));
    }

    @Test
    void refusesNegativeVolumeAndUnknownCountryAndWritesNothing() {
        long before = total("");
        ObjectNode facility = aFacility("Bad values");
        facility.put("storedVolumeM3", -5);
        facility.put("country", "XYZ");
        facility.put("yearCommissioned", 1990);
        facility.put("yearClosed", 1980);
        Response response = api.post(FACILITIES, facility, "Accept-Language", "ru");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("storedVolumeM3", "country", "yearClosed");
        assertThat(message(response, "country")).contains("XYZ").contains("ISO 3166-1");
        assertThat(total("")).isEqualTo(before);
        assertThat(total("?q=Bad%20values")).isZero();
    }

    @Test
    void refusesMissingRequiredFields() {
        Response response = api.post(FACILITIES, "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "country", "latitude", "longitude", "status");
    }

    @Test
    void refusesUnknownEnumsFieldsWrongTypesAndBrokenJson() {
        ObjectNode badEnum = aFacility("Bad enum");
        badEnum.put("status", "RUNNING");
        Response enumResponse = api.post(FACILITIES, badEnum);
        assertThat(fields(enumResponse)).containsExactly("status");
        assertThat(message(enumResponse, "status")).contains("ACTIVE", "ABANDONED");

        ObjectNode unknownField = aFacility("Unknown field");
        unknownField.put("damHeight", 5);
        assertThat(fields(api.post(FACILITIES, unknownField))).as("nothing is silently dropped")
            .containsExactly("damHeight");

        ObjectNode text = aFacility("Text number");
        text.put("damHeightM", "high");
        assertThat(fields(api.post(FACILITIES, text))).containsExactly("damHeightM");

        Response broken = api.post(FACILITIES, "{\"name\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesACodeThatIsAlreadyTaken() {
        ObjectNode facility = aFacility("Duplicate code");
        facility.put("code", "KZ-0001");
        Response response = api.post(FACILITIES, facility);
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("code");
        ObjectNode lowerCase = aFacility("Lower-case code");
        lowerCase.put("code", "kz-0001");
        assertThat(fields(api.post(FACILITIES, lowerCase))).as("codes are upper-cased").containsExactly("code");
    }

    @Test
    void refusesAStaleVersionWith409AndKeepsTheOtherEdit() {
        JsonNode created = api.post(FACILITIES, aFacility("Conflict test")).body();
        long id = created.get("id").asLong();
        ObjectNode first = (ObjectNode) created.deepCopy();
        first.put("damHeightM", 40.0);
        ObjectNode second = (ObjectNode) created.deepCopy();
        second.put("notes", "second editor");

        assertThat(api.put(FACILITIES + "/" + id, first).status()).isEqualTo(200);
        Response conflict = api.put(FACILITIES + "/" + id, second, "Accept-Language", "kk");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.body().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(conflict.body().get("title").asString())
            .isEqualTo(messages.getMessage("problem.conflict.title", null, Locale.forLanguageTag("kk")));

        JsonNode stored = api.get(FACILITIES + "/" + id).body();
        assertThat(stored.get("damHeightM").asDouble()).isEqualTo(40.0);
        assertThat(stored.get("notes").isNull()).isTrue();

        ObjectNode withoutVersion = (ObjectNode) stored.deepCopy();
        withoutVersion.remove("version");
        assertThat(fields(api.put(FACILITIES + "/" + id, withoutVersion))).containsExactly("version");
        assertThat(api.delete(FACILITIES + "/" + id + "?version=0").status()).isEqualTo(409);
        assertThat(api.delete(FACILITIES + "/" + id + "?version=1").status()).isEqualTo(204);
    }

    @Test
    void concurrentEditsOfOneVersionLetExactlyOneWin() throws Exception {
        JsonNode created = api.post(FACILITIES, aFacility("Concurrency test")).body();
        long id = created.get("id").asLong();
        int editors = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            ObjectNode edit = (ObjectNode) created.deepCopy();
            edit.put("damHeightM", 10.0 + i);
            Callable<Response> call = () -> {
                start.await();
                return new Api(port).asAuthority().put(FACILITIES + "/" + id, edit);
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();
        List<Response> winners = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 200).hasSize(editors - 1)
            .allSatisfy(r -> assertThat(r.status()).isEqualTo(409));
        JsonNode stored = api.get(FACILITIES + "/" + id).body();
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.get("damHeightM").asDouble()).isEqualTo(winners.get(0).body().get("damHeightM").asDouble());
    }

    @Test
    void answersUnknownIdsWith404ProblemAndBadIdsWith400() {
        Response missing = api.get(FACILITIES + "/987654321", "Accept-Language", "ru");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("detail").asString()).contains("987654321");
        Response bad = api.get(FACILITIES + "/abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("id");
    }

    @Test
    void listsOrganisations() {
        Response response = api.get("/api/v1/organisations");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().size()).isGreaterThan(5);
        assertThat(response.body().get(0).get("name").get("en").asString()).isNotBlank();
    }

    @Test
    void publishesAnOpenApiDocumentOfTheApi() {
        Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("info").get("title").asString()).isEqualTo("TMF Safety API");
        JsonNode paths = docs.body().get("paths");
        assertThat(paths.has("/api/v1/facilities")).isTrue();
        assertThat(paths.get("/api/v1/facilities/{id}").has("put")).isTrue();
        assertThat(paths.has("/api/v1/facilities/{id}/history")).isTrue();
        assertThat(docs.body().get("components").get("securitySchemes").has("token")).isTrue();
    }

}
