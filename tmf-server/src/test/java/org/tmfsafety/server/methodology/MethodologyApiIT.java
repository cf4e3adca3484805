package org.tmfsafety.server.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

@IntegrationTest
class MethodologyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Api api() {
        return new Api(port);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void servesTheChecklistWithItsMeasureCatalogueInThreeLanguages() {
        Response response = api().get("/api/v1/checklists");
        assertThat(response.status()).isEqualTo(200);
        JsonNode template = response.body().get(0);
        assertThat(template.get("id").get("id").asString()).isEqualTo("unece-tmf-checklist");
        assertThat(template.get("categories").size()).isEqualTo(9);
        assertThat(template.get("questions").size()).isGreaterThanOrEqualTo(80);
        assertThat(template.get("measures").size()).isGreaterThanOrEqualTo(60);
        JsonNode question = template.get("questions").get(0);
        assertThat(question.get("text").get("kk").asString()).isNotBlank();
        assertThat(question.get("families").size()).isPositive();
        String measureId = question.get("measureIds").get(0).asString();
        assertThat(template.get("measures").get(measureId).get("term").asString()).isIn("SHORT", "MEDIUM", "LONG");
        assertThat(template.get("terms").get("SHORT").get("toMonths").asInt()).isEqualTo(6);
    }

    @Test
    void listsTheProfilesWithTheirStatus() {
        Response response = api().get("/api/v1/methodology/profiles");
        assertThat(response.status()).isEqualTo(200);
        JsonNode profile = response.body().get(0);
        assertThat(profile.get("id").asString()).isEqualTo("unece-tmf-provisional");
        assertThat(profile.get("version").asInt()).isEqualTo(1);
        assertThat(profile.get("provisional").asBoolean()).isTrue();
    }

    @Test
    void computesTheHazardIndexWithItsTrail() {
        ObjectNode inputs = Api.object();
        inputs.put("storedVolumeM3", 1_000_000);
        inputs.put("waterHazardClass", "UNKNOWN");
        inputs.put("managementStatus", "OPERATED_SUPERVISED");
        inputs.put("floodHazard", "OUTSIDE_FLOOD_AREA");
        inputs.put("seismicHazard", "MODERATE");
        inputs.put("damCondition", "NO_DEFICIENCIES");
        Response response = api().post("/api/v1/methodology/thi", inputs);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        JsonNode result = response.body();
        assertThat(result.get("value").asDouble()).as("unknown toxicity at worst, WGK3").isCloseTo(6 + 3 + 0 + 0 + 1 + 0, within(1e-9));
        assertThat(result.get("low").asDouble()).as("unknown toxicity at best, NWG").isCloseTo(6 + 0 + 0 + 0 + 1 + 0, within(1e-9));
        assertThat(result.get("class").asString()).as("v2: 9 <= 10 < 12").isEqualTo("MEDIUM");
        assertThat(result.get("lowClass").asString()).as("v2: 7 < 9").isEqualTo("LOW");
        assertThat(result.get("profile").get("id").asString()).isEqualTo("unece-tmf-provisional");
        assertThat(result.get("profile").get("version").asInt()).isEqualTo(2);
        List<JsonNode> terms = list(result.get("terms"));
        assertThat(terms).extracting(t -> t.get("name").asString()).containsExactly("CAP", "TOX", "MAN", "FLOOD", "SEIS", "DAM");
        JsonNode tox = terms.get(1);
        assertThat(tox.get("basis").asString()).isEqualTo("UNKNOWN");
        assertThat(tox.get("lowPoints").asDouble()).isZero();
        assertThat(tox.get("highPoints").asDouble()).isEqualTo(3.0);
        assertThat(result.get("tighteners").get(0).get("input").asString()).isEqualTo("waterHazardClass");
        assertThat(terms.get(0).get("provisional").asBoolean()).isTrue();
    }

    @Test
    void computesTheRiskIndexWithExposureTerms() {
        ObjectNode inputs = Api.object();
        inputs.put("storedVolumeM3", 1_000_000);
        inputs.put("waterHazardClass", "WGK2");
        inputs.put("managementStatus", "OPERATED_SUPERVISED");
        inputs.put("floodHazard", "OUTSIDE_FLOOD_AREA");
        inputs.put("seismicHazard", "LOW");
        inputs.put("damCondition", "NO_DEFICIENCIES");
        inputs.put("populationAtRisk", 0);
        inputs.put("drinkingWaterAbstraction", false);
        inputs.put("protectedAreaDownstream", false);
        inputs.put("transboundarySetting", "NONE");
        inputs.put("distanceToSurfaceWaterKm", 12.5);
        JsonNode result = api().post("/api/v1/methodology/tri", inputs).body();
        assertThat(result.get("value").asDouble()).isCloseTo(8.0, within(1e-9));
        assertThat(result.get("class").asString()).isEqualTo("LOW");
        assertThat(result.get("terms").size()).isEqualTo(11);
    }

    @Test
    void refusesBadInputsNamingEachFieldInTheRequestLanguage() {
        ObjectNode inputs = Api.object();
        inputs.put("storedVolumeM3", -5);
        inputs.put("waterHazardClass", "WGK9");
        inputs.put("colour", "red");
        Response response = api().post("/api/v1/methodology/thi", inputs, "Accept-Language", "kk");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(list(response.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactlyInAnyOrder("storedVolumeM3", "waterHazardClass", "colour");
        String expected = messages.getMessage("methodology.input.BELOW_MINIMUM", new Object[] { "1" }, Locale.forLanguageTag("kk"));
        assertThat(list(response.body().get("errors"))).filteredOn(e -> e.get("field").asString().equals("storedVolumeM3"))
            .extracting(e -> e.get("message").asString()).containsExactly(expected);

        Response missing = api().post("/api/v1/methodology/thi", "{}");
        assertThat(list(missing.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("storedVolumeM3");
        Response wrongType = api().post("/api/v1/methodology/thi", "{\"storedVolumeM3\": [1]}");
        assertThat(list(wrongType.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("storedVolumeM3");
        Response unknownProfile = api().post("/api/v1/methodology/thi",
                "{\"storedVolumeM3\": 1000, \"profile\": {\"id\": \"official\", \"version\": 9}}");
        assertThat(list(unknownProfile.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("profile");
    }

    @Test
    void screensDamBreakWithModelWarningsAndBands() {
        Response response = api().post("/api/v1/methodology/dam-break", "{\"storedVolumeM3\": 1000000, \"damHeightM\": 20}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("model").asString()).isEqualTo("rico-2008");
        assertThat(response.body().get("releasedVolumeM3").asDouble()).isCloseTo(354_000, within(1.0));
        assertThat(response.body().get("runoutLowKm").asDouble()).isLessThan(response.body().get("runoutKm").asDouble());
        assertThat(response.body().get("warnings").size()).isZero();
        assertThat(response.body().get("profile").get("id").asString()).isEqualTo("rico-2008");
        assertThat(list(response.body().get("terms"))).extracting(t -> t.get("name").asString()).containsExactly("E4", "E5");

        Response outside = api().post("/api/v1/methodology/dam-break",
                "{\"storedVolumeM3\": 5000, \"damHeightM\": 20, \"model\": \"csp2-refit-2026\"}");
        assertThat(outside.body().get("model").asString()).isEqualTo("csp2-refit-2026");
        assertThat(list(outside.body().get("warnings"))).extracting(w -> w.get("code").asString())
            .containsExactly("BELOW_CHECKED_RANGE");

        Response invalid = api().post("/api/v1/methodology/dam-break", "{\"storedVolumeM3\": -1, \"model\": \"guess\"}",
                "Accept-Language", "ru");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(list(invalid.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactlyInAnyOrder("storedVolumeM3", "damHeightM", "model");
    }

    @Test
    void scoresAChecklistAndSelectsTheMeasureProgramme() {
        String body = """
                {"questions": [
                   {"id": "LEG-1", "category": "LEGAL", "weight": 2, "measures": ["M-PERMIT"]},
                   {"id": "WAT-1", "category": "WATER", "measures": ["M-SPILLWAY", "M-PERMIT"]},
                   {"id": "WAT-2", "category": "WATER"}],
                 "answers": [
                   {"questionId": "LEG-1", "answer": "PARTLY", "evidence": "DOCUMENTED"},
                   {"questionId": "WAT-1", "answer": "NO", "evidence": "OBSERVED"},
                   {"questionId": "WAT-2", "answer": "NOT_APPLICABLE"}],
                 "measures": [{"id": "M-PERMIT", "term": "SHORT"}, {"id": "M-SPILLWAY", "term": "LONG"}]}
                """;
        Response response = api().post("/api/v1/methodology/checklist-score", body);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        assertThat(response.body().get("overallLevel").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(list(response.body().get("categories"))).extracting(c -> c.get("level").asDouble())
            .containsExactly(50.0, 0.0);
        assertThat(response.body().get("coverage").asDouble()).as("every applicable question answered").isEqualTo(100.0);
        assertThat(response.body().get("answered").asInt()).isEqualTo(2);
        assertThat(response.body().get("terms").size()).isEqualTo(3);
        JsonNode programme = response.body().get("programme");
        assertThat(list(programme.get("SHORT"))).extracting(m -> m.get("measureId").asString()).containsExactly("M-PERMIT");
        assertThat(list(programme.get("LONG"))).extracting(m -> m.get("measureId").asString()).containsExactly("M-SPILLWAY");
        assertThat(programme.get("MEDIUM").size()).isZero();
        assertThat(response.body().get("profile").get("version").asInt()).isEqualTo(2);

        Response badAnswer = api().post("/api/v1/methodology/checklist-score",
                "{\"questions\": [{\"id\": \"Q\", \"category\": \"C\"}], \"answers\": [{\"questionId\": \"Q\", \"answer\": \"MAYBE\"}]}");
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(list(badAnswer.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("answers.0.answer");
        Response unknownQuestion = api().post("/api/v1/methodology/checklist-score",
                "{\"questions\": [{\"id\": \"Q\", \"category\": \"C\"}], \"answers\": [{\"questionId\": \"X\", \"answer\": \"YES\"}]}");
        assertThat(list(unknownQuestion.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("answers");
        assertThat(list(unknownQuestion.body().get("errors")).get(0).get("message").asString()).contains("X");
        Response unknownMeasure = api().post("/api/v1/methodology/checklist-score",
                "{\"questions\": [{\"id\": \"Q\", \"category\": \"C\", \"measures\": [\"M-X\"]}], "
                        + "\"answers\": [{\"questionId\": \"Q\", \"answer\": \"NO\"}], \"measures\": []}");
        assertThat(list(unknownMeasure.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("measures");
    }

    @Test
    void screensAgainstAnnexOne() {
        Response response = api().post("/api/v1/methodology/annex1",
                "{\"items\": [{\"category\": \"8b\", \"quantityTonnes\": 150}, {\"substance\": \"arsenic-trioxide\", \"quantityTonnes\": 0.05}]}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("hazardous").asBoolean()).isFalse();
        assertThat(response.body().get("sumOfRatios").asDouble()).isCloseTo(0.75 + 0.5, within(1e-12));
        assertThat(response.body().get("hazardousByAggregation").asBoolean()).isTrue();
        assertThat(response.body().get("profile").get("id").asString()).isEqualTo("ia-convention-annex1");
        assertThat(list(response.body().get("terms"))).extracting(t -> t.get("points").asDouble()).containsExactly(0.75, 0.5);
        assertThat(list(response.body().get("terms")).get(1).get("provisional").asBoolean()).isTrue();
        assertThat(list(response.body().get("items")).get(1).get("basis").asString()).isEqualTo("PART_II");

        Response invalid = api().post("/api/v1/methodology/annex1", "{\"items\": [{\"category\": \"99\", \"quantityTonnes\": 1}]}",
                "Accept-Language", "kk");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(list(invalid.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("items");
    }

    @Test
    void classifiesConsequencesByTheMostSevereColumn() {
        Response response = api().post("/api/v1/methodology/gistm-class",
                "{\"populationAtRisk\": 250, \"potentialLossOfLife\": 3, \"environment\": \"EXTREME\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("class").asString()).isEqualTo("EXTREME");
        assertThat(list(response.body().get("columns"))).filteredOn(c -> c.get("decisive").asBoolean())
            .extracting(c -> c.get("name").asString()).containsExactly("environment");
        assertThat(response.body().get("verified").asBoolean()).isFalse();
        assertThat(response.body().get("profile").get("id").asString()).isEqualTo("gistm-annex2");
        assertThat(list(response.body().get("terms"))).hasSize(5)
            .allSatisfy(t -> assertThat(t.get("provisional").asBoolean()).isTrue());

        Response invalid = api().post("/api/v1/methodology/gistm-class", "{\"potentialLossOfLife\": -1, \"environment\": \"HUGE\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(list(invalid.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("environment");
        Response counts = api().post("/api/v1/methodology/gistm-class", "{\"potentialLossOfLife\": -1}");
        assertThat(list(counts.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactlyInAnyOrder("populationAtRisk", "potentialLossOfLife");
    }

}
