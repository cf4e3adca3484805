package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/** Assessments through the API: start, answer, submit, result, and what is refused. */
@IntegrationTest
class AssessmentApiIT {

    @LocalServerPort
    int port;

    private Api inspector() {
        return new Api(port).as("inspector", "inspector-demo");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private List<String> questions(String family) {
        JsonNode template = new Api(port).get("/api/v1/checklists").body().get(0);
        return list(template.get("questions")).stream()
            .filter(q -> list(q.get("families")).stream().anyMatch(f -> f.asString().equals(family)))
            .map(q -> q.get("id").asString())
            .toList();
    }

    private long facility(String code) {
        return new Api(port).asAuthority().get("/api/v1/facilities?q=" + code).body().get("items").get(0).get("id").asLong();
    }

    private long start(Api api, long facilityId, String family) {
        ObjectNode body = Api.object();
        body.put("family", family);
        Response response = api.post("/api/v1/facilities/" + facilityId + "/assessments", body);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
        return response.body().get("id").asLong();
    }

    private static ArrayNode answers(List<String> questionIds, String answer) {
        ArrayNode answers = Api.object().arrayNode();
        for (String id : questionIds) {
            ObjectNode item = answers.addObject();
            item.put("questionId", id);
            item.put("answer", answer);
            item.put("evidence", "DOCUMENTED");
        }
        return answers;
    }

    @Test
    void allYesScoresOneHundredProposesNothingAndLocksTheAssessment() {
        long id = start(inspector(), facility("KZ-0001"), "QUICK");
        List<String> quick = questions("QUICK");
        Response saved = inspector().put("/api/v1/assessments/" + id + "/answers", answers(quick, "YES"));
        assertThat(saved.status()).as(String.valueOf(saved.body())).isEqualTo(200);
        // ORG-10 and CLO-08 are about closed or abandoned TMFs: not asked of this active one, not counted
        assertThat(saved.body().get("questions").asInt()).isEqualTo(quick.size() - 2);
        assertThat(saved.body().get("answered").asInt()).isEqualTo(quick.size() - 2);
        Response submitted = inspector().post("/api/v1/assessments/" + id + "/submit", "");
        assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(200);
        assertThat(submitted.body().get("overall").asDouble()).isEqualTo(100.0);
        assertThat(list(submitted.body().get("notApplicable"))).extracting(JsonNode::asString)
            .containsExactly("ORG-10", "CLO-08");
        assertThat(submitted.body().get("proposedMeasures").size()).isZero();
        assertThat(inspector().get("/api/v1/assessments/" + id).body().get("status").asString()).isEqualTo("SUBMITTED");
        Response late = inspector().put("/api/v1/assessments/" + id + "/answers", answers(quick.subList(0, 1), "NO"),
                "Accept-Language", "ru");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("detail").asString()).contains("больше не вносятся");
        assertThat(inspector().get("/api/v1/assessments/" + id + "/result").body().get("overall").asDouble())
            .isEqualTo(100.0);
    }

    @Test
    void allNoScoresZeroAndProposesMeasuresOfAllThreeTerms() {
        long id = start(inspector(), facility("KZ-0003"), "DETAILED");
        inspector().put("/api/v1/assessments/" + id + "/answers", answers(questions("DETAILED"), "NO"));
        JsonNode result = inspector().post("/api/v1/assessments/" + id + "/submit", "").body();
        assertThat(result.get("overall").asDouble()).isZero();
        Set<String> terms = list(result.get("proposedMeasures")).stream().map(m -> m.get("term").asString())
            .collect(Collectors.toSet());
        assertThat(terms).containsExactlyInAnyOrder("SHORT", "MEDIUM", "LONG");
        assertThat(result.get("categories").size()).isEqualTo(9);
        int asked = inspector().get("/api/v1/assessments/" + id).body().get("questions").asInt();
        assertThat(asked).as("the questions about closed or abandoned TMFs are not asked").isLessThan(
                questions("DETAILED").size());
        assertThat(result.get("deficits").size()).isEqualTo(asked);
    }

    @Test
    void notApplicableAnswersLeaveTheLevelOfTheRest() {
        long id = start(inspector(), facility("KZ-0004"), "QUICK");
        List<String> quick = questions("QUICK");
        int half = quick.size() / 2;
        inspector().put("/api/v1/assessments/" + id + "/answers", answers(quick.subList(0, half), "YES"));
        inspector().put("/api/v1/assessments/" + id + "/answers", answers(quick.subList(half, quick.size()),
                "NOT_APPLICABLE"));
        assertThat(inspector().get("/api/v1/assessments/" + id + "/result").body().get("overall").asDouble())
            .as("draft result from the answers so far").isEqualTo(100.0);
    }

    @Test
    void unansweredQuestionsAreNotAssessedAndCoverageStandsBesideTheLevel() throws Exception {
        long id = start(inspector(), facility("KZ-0006"), "QUICK");
        List<String> quick = questions("QUICK");
        ArrayNode three = answers(quick.subList(0, 3), "YES");
        ((ObjectNode) three.get(1)).put("answer", "UNKNOWN");
        ((ObjectNode) three.get(2)).put("answer", "NO");
        Response saved = inspector().put("/api/v1/assessments/" + id + "/answers", three);
        assertThat(saved.body().get("answered").asInt()).as("UNKNOWN is an answer").isEqualTo(3);
        int asked = saved.body().get("questions").asInt();
        JsonNode result = inspector().post("/api/v1/assessments/" + id + "/submit", "").body();
        assertThat(result.get("coverage").asDouble()).isCloseTo(300.0 / asked, within(1e-9));
        assertThat(result.get("answered").asInt()).isEqualTo(3);
        assertThat(list(result.get("notAssessed"))).hasSize(asked - 3);
        assertThat(list(result.get("deficits"))).extracting(d -> d.get("questionId").asString())
            .as("only the answered questions that fall short").containsExactlyInAnyOrder(quick.get(1), quick.get(2));
        assertThat(result.get("overall").asDouble()).isGreaterThan(0).isLessThan(100);
        assertThat(list(result.get("categories"))).anySatisfy(c -> {
            assertThat(c.get("level").isNull()).as("a category nobody answered is not assessed, not 0 %").isTrue();
            assertThat(c.get("coverage").asDouble()).isZero();
        });
        // in the priority matrix a level over so few questions does not place the facility: it counts as not assessed
        JsonNode facility = new Api(port).asAuthority().get("/api/v1/facilities/" + facility("KZ-0006")).body();
        String hazard = facility.get("hazardClass").isNull() ? "NONE" : facility.get("hazardClass").asString();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, "inspector", "inspector-demo");
        Document matrix = Jsoup.parse(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/assessments/priority?cell=" + hazard + "/NONE")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(matrix.select("#priority-cell").text()).contains("KZ-0006");
    }

    @Test
    void aFollowUpShowsTheEarlierAnswersAndTakesThemOverOnlyWhereNothingIsAnsweredYet() throws Exception {
        long facility = facility("KZ-0002");
        ObjectNode followUp = Api.object();
        followUp.put("family", "QUICK");
        followUp.put("followUp", true);
        Response none = inspector().post("/api/v1/facilities/" + facility + "/assessments", followUp);
        assertThat(none.status()).as("nothing approved to follow up yet").isEqualTo(409);

        long first = start(inspector(), facility, "QUICK");
        List<String> quick = questions("QUICK");
        ArrayNode yes = answers(quick, "YES");
        ((ObjectNode) yes.get(0)).put("comment", "Permit renewed in 2025");
        inspector().put("/api/v1/assessments/" + first + "/answers", yes);
        inspector().post("/api/v1/assessments/" + first + "/submit", "");
        assertThat(new Api(port).asAuthority().post("/api/v1/assessments/" + first + "/approve", "").status())
            .isEqualTo(200);

        Response started = inspector().post("/api/v1/facilities/" + facility + "/assessments", followUp);
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
        long second = started.body().get("id").asLong();
        assertThat(started.body().get("previousAssessmentId").asLong()).isEqualTo(first);
        inspector().put("/api/v1/assessments/" + second + "/answers", answers(quick.subList(1, 2), "NO"));
        JsonNode carried = inspector().post("/api/v1/assessments/" + second + "/carry-over", "").body();
        assertThat(carried.get("answered").asInt()).isEqualTo(carried.get("questions").asInt());
        JsonNode kept = list(carried.get("answers")).stream()
            .filter(a -> a.get("questionId").asString().equals(quick.get(1))).findFirst().orElseThrow();
        assertThat(kept.get("answer").asString()).as("an answer given today is never overwritten").isEqualTo("NO");
        JsonNode takenOver = list(carried.get("answers")).stream()
            .filter(a -> a.get("questionId").asString().equals(quick.get(0))).findFirst().orElseThrow();
        assertThat(takenOver.get("comment").asString()).isEqualTo("Permit renewed in 2025");
        assertThat(inspector().post("/api/v1/assessments/" + first + "/carry-over", "").status())
            .as("an approved assessment takes nothing over").isEqualTo(409);

        HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, "inspector", "inspector-demo");
        String html = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/assessments/" + second)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#follow-up #previous-link").attr("href")).isEqualTo("/assessments/" + first + "/result");
        assertThat(page.select("#q-" + quick.get(1) + " .previous-answer.changed")).hasSize(1);
        assertThat(page.select("#q-" + quick.get(0) + " .previous-answer").text()).contains("Permit renewed in 2025");
        assertThat(page.select("#nothing-to-verify")).hasSize(1);

        // the result says what changed since the assessment it follows
        inspector().post("/api/v1/assessments/" + second + "/submit", "");
        Document result = Jsoup.parse(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/assessments/" + second + "/result")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(result.select("#answers-table tr[data-question=" + quick.get(1) + "] .last-time.changed")).hasSize(1);
        assertThat(result.select("#answers-table .last-time.changed")).hasSize(1);
        assertThat(result.select("#changed-count").text()).contains("1");
        byte[] pdf = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assessments/" + second
                + "/report.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                .contains("Permit renewed in 2025");
        }
    }

    @Test
    void refusesWrongAnswersNamingThemAndSavesNone() {
        long id = start(inspector(), facility("KZ-0005"), "QUICK");
        ArrayNode answers = answers(List.of("NOPE-99", questions("QUICK").get(0)), "YES");
        ((ObjectNode) answers.get(1)).put("answer", "MAYBE");
        Response response = inspector().put("/api/v1/assessments/" + id + "/answers", answers, "Accept-Language", "kk");
        assertThat(response.status()).isEqualTo(400);
        assertThat(list(response.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactlyInAnyOrder("answers[0].questionId", "answers[1].answer");
        assertThat(list(response.body().get("errors"))).extracting(e -> e.get("message").asString())
            .contains("NOPE-99 сұрағы бұл сауалнамада жоқ.");
        assertThat(inspector().get("/api/v1/assessments/" + id).body().get("answers").size()).isZero();
        ObjectNode badFamily = Api.object();
        badFamily.put("family", "SOMETIMES");
        assertThat(inspector().post("/api/v1/facilities/" + facility("KZ-0005") + "/assessments", badFamily).status())
            .isEqualTo(400);
    }

    @Test
    void comparesTwoAssessmentsOfAFacilityCategoryByCategory() {
        long facility = facility("KZ-0010");
        long first = start(inspector(), facility, "QUICK");
        inspector().put("/api/v1/assessments/" + first + "/answers", answers(questions("QUICK"), "NO"));
        inspector().post("/api/v1/assessments/" + first + "/submit", "");
        long second = start(inspector(), facility, "QUICK");
        inspector().put("/api/v1/assessments/" + second + "/answers", answers(questions("QUICK"), "YES"));
        Response response = inspector().get("/api/v1/assessments/" + second + "/compare/" + first);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        JsonNode comparison = response.body();
        assertThat(comparison.get("earlier").asLong()).isEqualTo(first);
        assertThat(comparison.get("overallEarlier").asDouble()).isZero();
        assertThat(comparison.get("overallLater").asDouble()).isEqualTo(100.0);
        assertThat(list(comparison.get("categories"))).hasSize(9)
            .allSatisfy(c -> assertThat(c.get("change").asDouble()).isEqualTo(100.0));
        long elsewhere = start(inspector(), facility("KZ-0011"), "QUICK");
        assertThat(inspector().get("/api/v1/assessments/" + first + "/compare/" + elsewhere).status()).isEqualTo(400);
    }

    @Test
    void thePublicSeesNoAssessmentAndAnOperatorOnlyItsOwnFacilities() {
        long kazzincFacility = facility("KZ-0001");
        long other = facility("KG-0008");
        long id = start(inspector(), other, "QUICK");
        assertThat(new Api(port).get("/api/v1/assessments/" + id).status()).isEqualTo(401);
        Api operator = new Api(port).as("operator", "operator-demo");
        assertThat(operator.get("/api/v1/assessments/" + id).status()).isEqualTo(404);
        ObjectNode body = Api.object();
        body.put("family", "QUICK");
        assertThat(operator.post("/api/v1/facilities/" + other + "/assessments", body).status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/facilities/" + kazzincFacility + "/assessments", body).status()).isEqualTo(201);
    }

    @Test
    void everyVerbAnswersNotFoundForAnAssessmentTheCallerMayNotRead() {
        long other = facility("KG-0009");
        long id = start(inspector(), other, "QUICK");
        String question = questions("QUICK").get(0);
        Api operator = new Api(port).as("operator", "operator-demo");
        String path = "/api/v1/assessments/" + id;
        List<Response> answers = List.of(operator.get(path), operator.put(path + "/answers", answers(List.of(question),
                "YES")), operator.post(path + "/submit", ""), operator.get(path + "/result"),
                operator.get(path + "/compare/" + id), operator.post(path + "/approve", ""),
                operator.post(path + "/programme", "{\"accept\": [\"M-LEG-01\"]}"),
                operator.get(path + "/attachments"), operator.get(path + "/attachments/1"),
                operator.upload(path + "/attachments", java.util.Map.of("questionId", question), "file", "crest.png",
                        java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk"
                                + "YAAAAAYAAjCB0C8AAAAASUVORK5CYII=")));
        assertThat(answers).extracting(Response::status).containsOnly(404);
        JsonNode untouched = inspector().get(path).body();
        assertThat(untouched.get("status").asString()).isEqualTo("DRAFT");
        assertThat(untouched.get("answers").size()).isZero();
        assertThat(inspector().get(path + "/attachments").body().size()).isZero();
    }
}
