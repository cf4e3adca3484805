package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** From a submitted assessment to a safety improvement programme, its follow-up, and approval. */
@IntegrationTest
class ProgrammeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MeasureReminders measureReminders;

    @Autowired
    JdbcClient jdbc;

    private Api as(String user) {
        return new Api(port).as(user, user + "-demo");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private long facility(String code) {
        return as("authority").get("/api/v1/facilities?q=" + code).body().get("items").get(0).get("id").asLong();
    }

    /** Starts a QUICK assessment as the user, answers every question NO with documents, submits it. */
    private long submittedQuickAssessment(String user, String code) {
        JsonNode template = new Api(port).get("/api/v1/checklists").body().get(0);
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        long id = as(user).post("/api/v1/facilities/" + facility(code) + "/assessments", start).body().get("id").asLong();
        ArrayNode answers = Api.object().arrayNode();
        for (JsonNode question : list(template.get("questions"))) {
            if (list(question.get("families")).stream().anyMatch(f -> f.asString().equals("QUICK"))) {
                ObjectNode answer = answers.addObject();
                answer.put("questionId", question.get("id").asString());
                answer.put("answer", "NO");
                answer.put("evidence", "DOCUMENTED");
            }
        }
        assertThat(as(user).put("/api/v1/assessments/" + id + "/answers", answers).status()).isEqualTo(200);
        assertThat(as(user).post("/api/v1/assessments/" + id + "/submit", "").status()).isEqualTo(200);
        return id;
    }

    @Test
    void anInspectorTurnsTheProposalIntoAProgrammeAndFollowsItUp() {
        long id = submittedQuickAssessment("inspector", "KZ-0006");
        List<String> proposed = list(as("inspector").get("/api/v1/assessments/" + id + "/result").body()
            .get("proposedMeasures")).stream().map(m -> m.get("id").asString()).toList();
        Set<String> all = new HashSet<>();
        new Api(port).get("/api/v1/checklists").body().get(0).get("measures").properties()
            .forEach(entry -> all.add(entry.getKey()));
        String notProposed = all.stream().filter(m -> !proposed.contains(m)).sorted().findFirst().orElseThrow();

        ObjectNode decision = Api.object();
        decision.putArray("accept").add(proposed.get(0)).add(proposed.get(1));
        ObjectNode dropped = decision.putArray("drop").addObject();
        dropped.put("measureId", proposed.get(2));
        dropped.put("reason", "Done last year by the operator");
        decision.putArray("add").add(notProposed);
        ObjectNode custom = decision.putArray("custom").addObject();
        custom.put("title", "Fence the spillway outlet");
        custom.put("term", "SHORT");
        Response adopted = as("inspector").post("/api/v1/assessments/" + id + "/programme", decision,
                "Accept-Language", "kk");
        assertThat(adopted.status()).as(String.valueOf(adopted.body())).isEqualTo(201);
        assertThat(adopted.body().size()).isEqualTo(5);
        JsonNode droppedItem = list(adopted.body()).stream().filter(i -> i.get("status").asString().equals("DROPPED"))
            .findFirst().orElseThrow();
        assertThat(droppedItem.get("dropReason").asString()).isEqualTo("Done last year by the operator");
        JsonNode own = list(adopted.body()).stream().filter(i -> i.get("measureId").isNull()).findFirst().orElseThrow();
        assertThat(own.get("title").asString()).isEqualTo("Fence the spillway outlet");
        assertThat(LocalDate.parse(own.get("dueDate").asString())).isEqualTo(LocalDate.now().plusMonths(6));
        JsonNode catalogued = list(adopted.body()).stream()
            .filter(i -> proposed.get(0).equals(i.get("measureId").asString())).findFirst().orElseThrow();
        assertThat(catalogued.get("title").asString()).as("Kazakh title").matches(".*[әғқңөұүһі].*");

        ObjectNode late = Api.object();
        late.put("status", "IN_PROGRESS");
        late.put("dueDate", LocalDate.now().minusDays(1).toString());
        late.put("version", catalogued.get("version").asInt());
        Response updated = as("inspector").put("/api/v1/programme-items/" + catalogued.get("id").asLong(), late);
        assertThat(updated.status()).as(String.valueOf(updated.body())).isEqualTo(200);
        assertThat(updated.body().get("overdue").asBoolean()).isTrue();
        Response stale = as("inspector").put("/api/v1/programme-items/" + catalogued.get("id").asLong(), late);
        assertThat(stale.status()).isEqualTo(409);
        ObjectNode dropWithoutReason = Api.object();
        dropWithoutReason.put("status", "DROPPED");
        dropWithoutReason.put("version", updated.body().get("version").asInt());
        Response refused = as("inspector").put("/api/v1/programme-items/" + catalogued.get("id").asLong(),
                dropWithoutReason, "Accept-Language", "ru");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(list(refused.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("dropReason");
        dropWithoutReason.put("dropReason", "x".repeat(2001));
        Response tooLong = as("inspector").put("/api/v1/programme-items/" + catalogued.get("id").asLong(),
                dropWithoutReason);
        assertThat(tooLong.status()).as("a reason longer than the database keeps is refused, not a 500").isEqualTo(400);
        assertThat(list(tooLong.body().get("errors"))).extracting(e -> e.get("field").asString()).containsExactly("dropReason");

        List<JsonNode> programme = list(as("inspector").get("/api/v1/facilities/" + facility("KZ-0006") + "/programme")
            .body());
        assertThat(programme).extracting(i -> i.get("id").asLong()).contains(catalogued.get("id").asLong());
        assertThat(programme.stream().filter(i -> i.get("overdue").asBoolean()).count()).isEqualTo(1);
        measureReminders.remind();
        measureReminders.remind();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification WHERE type = 'MEASURE_OVERDUE' AND subject_id = :id""")
            .param("id", catalogued.get("id").asLong()).query(Long.class).single())
            .as("one reminder per reader however often the job runs").isEqualTo(jdbc.sql("""
                SELECT count(DISTINCT user_id) FROM notification WHERE type = 'MEASURE_OVERDUE' AND subject_id = :id""")
                .param("id", catalogued.get("id").asLong()).query(Long.class).single()).isPositive();
        assertThat(as("authority").get("/api/v1/notifications").body().toString()).contains("ASSESSMENT_SUBMITTED");
        assertThat(new Api(port).get("/api/v1/facilities/" + facility("KZ-0006") + "/programme").status())
            .isEqualTo(401);
    }

    @Test
    void eachMeasureGetsAPriorityFromItsGapAndAResponsiblePersonFromTheList() {
        long id = submittedQuickAssessment("inspector", "KZ-0003");
        JsonNode result = as("inspector").get("/api/v1/assessments/" + id + "/result").body();
        JsonNode first = result.get("proposedMeasures").get(0);
        ObjectNode decision = Api.object();
        decision.putArray("accept").add(first.get("id").asString());
        ObjectNode custom = decision.putArray("custom").addObject();
        custom.put("title", "Own measure");
        custom.put("term", "LONG");
        List<JsonNode> adopted = list(as("inspector").post("/api/v1/assessments/" + id + "/programme", decision).body());
        JsonNode taken = adopted.stream().filter(i -> !i.get("measureId").isNull()).findFirst().orElseThrow();
        // every answer NO with documents: the gap is the weight; a weight of 2 or 3 is urgent (provisional rule)
        double gap = first.get("priority").asDouble();
        assertThat(taken.get("priority").asString()).isEqualTo(gap >= 2 ? "URGENT" : gap >= 1 ? "IMPORTANT" : "ROUTINE");
        JsonNode own = adopted.stream().filter(i -> i.get("measureId").isNull()).findFirst().orElseThrow();
        assertThat(own.get("priority").isNull()).as("nobody chose one").isTrue();

        long inspector = jdbc.sql("SELECT id FROM app_user WHERE username = 'inspector'").query(Long.class).single();
        ObjectNode assign = Api.object();
        assign.put("responsibleUserId", inspector);
        assign.put("priority", "ROUTINE");
        assign.put("version", taken.get("version").asInt());
        Response assigned = as("inspector").put("/api/v1/programme-items/" + taken.get("id").asLong(), assign);
        assertThat(assigned.status()).as(String.valueOf(assigned.body())).isEqualTo(200);
        assertThat(assigned.body().get("responsibleUserName").asString()).isNotBlank();
        assertThat(assigned.body().get("priority").asString()).isEqualTo("ROUTINE");
        ObjectNode stranger = Api.object();
        stranger.put("responsibleUserId", 999_999_999L);
        stranger.put("priority", "ASAP");
        stranger.put("version", assigned.body().get("version").asInt());
        Response refused = as("inspector").put("/api/v1/programme-items/" + taken.get("id").asLong(), stranger);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(list(refused.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactlyInAnyOrder("responsibleUserId", "priority");
    }

    @Test
    void theOverdueMeasuresOfAnArchivedFacilityRemindNobody() {
        ObjectNode facility = Api.object();
        facility.put("name", "Archived reminder test");
        facility.put("country", "KAZ");
        facility.put("latitude", 47.8);
        facility.put("longitude", 67.7);
        facility.put("status", "ACTIVE");
        JsonNode created = as("authority").post("/api/v1/facilities", facility).body();
        long id = submittedQuickAssessment("inspector", created.get("code").asString());
        String measure = as("inspector").get("/api/v1/assessments/" + id + "/result").body().get("proposedMeasures").get(0)
            .get("id").asString();
        ObjectNode decision = Api.object();
        decision.putArray("accept").add(measure);
        JsonNode item = as("inspector").post("/api/v1/assessments/" + id + "/programme", decision).body().get(0);
        ObjectNode late = Api.object();
        late.put("status", "IN_PROGRESS");
        late.put("dueDate", LocalDate.now().minusDays(3).toString());
        late.put("version", item.get("version").asInt());
        assertThat(as("inspector").put("/api/v1/programme-items/" + item.get("id").asLong(), late).status())
            .isEqualTo(200);
        assertThat(as("authority").delete("/api/v1/facilities/" + created.get("id").asLong()).status())
            .as("archived").isEqualTo(200);

        measureReminders.remind();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification WHERE type = 'MEASURE_OVERDUE' AND subject_id = :id""")
            .param("id", item.get("id").asLong()).query(Long.class).single()).isZero();
    }

    @Test
    void refusesToAdoptFromADraftOrMeasuresThatWereNotProposed() {
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        long draft = as("inspector").post("/api/v1/facilities/" + facility("KZ-0007") + "/assessments", start).body()
            .get("id").asLong();
        ObjectNode decision = Api.object();
        decision.putArray("accept").add("M-LEG-01");
        assertThat(as("inspector").post("/api/v1/assessments/" + draft + "/programme", decision).status()).isEqualTo(409);
        long submitted = submittedQuickAssessment("inspector", "KZ-0007");
        ObjectNode wrong = Api.object();
        wrong.putArray("accept").add("M-NOPE-01");
        wrong.putArray("drop").addObject().put("measureId", "M-NOPE-02");
        Response response = as("inspector").post("/api/v1/assessments/" + submitted + "/programme", wrong);
        assertThat(response.status()).isEqualTo(400);
        assertThat(list(response.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactlyInAnyOrder("accept[0]", "drop[0].measureId", "drop[0].reason");
    }

    @Test
    void onlyAnAuthorityApprovesAndAnApprovedAssessmentNeverChanges() {
        long id = submittedQuickAssessment("inspector", "KZ-0008");
        assertThat(as("inspector").post("/api/v1/assessments/" + id + "/approve", "").status()).isEqualTo(403);
        Response approved = as("authority").post("/api/v1/assessments/" + id + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(as("authority").post("/api/v1/assessments/" + id + "/approve", "").status()).isEqualTo(409);
        ArrayNode answer = Api.object().arrayNode();
        answer.addObject().put("questionId", "LEG-01").put("answer", "YES");
        Response late = as("authority").put("/api/v1/assessments/" + id + "/answers", answer, "Accept-Language", "kk");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("detail").asString()).contains("енді жауап енгізілмейді");
    }

    @Test
    void anOperatorReportsProgressOnItsOwnFacilityButDoesNotVerify() {
        long id = submittedQuickAssessment("operator", "KZ-0002");
        String measure = as("operator").get("/api/v1/assessments/" + id + "/result").body().get("proposedMeasures").get(0)
            .get("id").asString();
        ObjectNode decision = Api.object();
        decision.putArray("accept").add(measure);
        JsonNode item = as("operator").post("/api/v1/assessments/" + id + "/programme", decision).body().get(0);
        ObjectNode verify = Api.object();
        verify.put("status", "VERIFIED");
        verify.put("version", item.get("version").asInt());
        assertThat(as("operator").put("/api/v1/programme-items/" + item.get("id").asLong(), verify).status())
            .isEqualTo(403);
        ObjectNode done = Api.object();
        done.put("status", "DONE");
        done.put("evidence", "Photo report of 2026-11-20");
        done.put("version", item.get("version").asInt());
        Response reported = as("operator").put("/api/v1/programme-items/" + item.get("id").asLong(), done);
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body().get("status").asString()).isEqualTo("DONE");
        verify.put("version", reported.body().get("version").asInt());
        assertThat(as("inspector").put("/api/v1/programme-items/" + item.get("id").asLong(), verify).status())
            .isEqualTo(200);
    }

    /** The operator's programme item taken from a fresh assessment of its own facility, reported DONE. */
    private JsonNode doneByTheOperator(String code) {
        long id = submittedQuickAssessment("operator", code);
        String measure = as("operator").get("/api/v1/assessments/" + id + "/result").body().get("proposedMeasures").get(0)
            .get("id").asString();
        ObjectNode decision = Api.object();
        decision.putArray("accept").add(measure);
        JsonNode item = as("operator").post("/api/v1/assessments/" + id + "/programme", decision).body().get(0);
        ObjectNode done = Api.object();
        done.put("status", "DONE");
        done.put("evidence", "Survey report 17/2026");
        done.put("version", item.get("version").asInt());
        Response reported = as("operator").put("/api/v1/programme-items/" + item.get("id").asLong(), done);
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(200);
        return reported.body();
    }

    private JsonNode stored(long facilityId, long itemId) {
        return list(as("authority").get("/api/v1/facilities/" + facilityId + "/programme").body()).stream()
            .filter(i -> i.get("id").asLong() == itemId).findFirst().orElseThrow();
    }

    /** A page session of a demo account. */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(http, "http://localhost:" + port, user, user + "-demo");
        return http;
    }

    private Document programmePage(HttpClient session, long facilityId) throws Exception {
        return Jsoup.parse(session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/facilities/"
                + facilityId + "/programme")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void onceVerifiedAMeasureIsChangedOnlyByAnAuthorityOrAnAdministrator() throws Exception {
        JsonNode done = doneByTheOperator("KZ-0003");
        long itemId = done.get("id").asLong();
        long facilityId = done.get("facilityId").asLong();
        HttpClient operatorPages = signedIn("operator");
        String statuses = ".programme-item[data-id=" + itemId + "] select[name=status] option";
        assertThat(programmePage(operatorPages, facilityId).select(statuses).eachAttr("value"))
            .containsExactly("PLANNED", "IN_PROGRESS", "DONE", "DROPPED");
        assertThat(programmePage(signedIn("inspector"), facilityId).select(statuses).eachAttr("value"))
            .contains("VERIFIED");
        ObjectNode verify = Api.object();
        verify.put("status", "VERIFIED");
        verify.put("version", done.get("version").asInt());
        Response verified = as("inspector").put("/api/v1/programme-items/" + itemId, verify);
        assertThat(verified.status()).as(String.valueOf(verified.body())).isEqualTo(200);
        int version = verified.body().get("version").asInt();

        ObjectNode rewrite = Api.object();
        rewrite.put("evidence", "Another report");
        rewrite.put("version", version);
        ObjectNode undo = Api.object();
        undo.put("status", "PLANNED");
        undo.put("version", version);
        for (String user : List.of("operator", "inspector")) {
            for (ObjectNode change : List.of(rewrite, undo)) {
                Response refused = as(user).put("/api/v1/programme-items/" + itemId, change, "Accept-Language", "ru");
                assertThat(refused.status()).as(user + " " + change).isEqualTo(409);
                assertThat(refused.body().get("detail").asString()).contains("проверена");
            }
        }
        Document page = programmePage(operatorPages, facilityId);
        assertThat(page.select(".programme-item[data-id=" + itemId + "] form")).as("no form to change it").isEmpty();
        String csrf = page.select("input[name=_csrf]").first().attr("value");
        HttpResponse<String> posted = operatorPages.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/programme-items/" + itemId)).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofString("status=PLANNED&evidence=&version=" + version + "&facilityId="
                    + facilityId + "&_csrf=" + csrf))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(programmePage(operatorPages, facilityId).select("#programme-errors").text()).contains("verified");
        JsonNode kept = stored(facilityId, itemId);
        assertThat(kept.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(kept.get("evidence").asString()).isEqualTo("Survey report 17/2026");
        assertThat(kept.get("version").asInt()).isEqualTo(version);

        ObjectNode reopen = Api.object();
        reopen.put("status", "IN_PROGRESS");
        reopen.put("comment", "The survey missed the east dam");
        reopen.put("version", version);
        Response reopened = as("authority").put("/api/v1/programme-items/" + itemId, reopen);
        assertThat(reopened.status()).as(String.valueOf(reopened.body())).isEqualTo(200);
        assertThat(reopened.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.body().get("evidence").asString()).isEqualTo("Survey report 17/2026");
    }

    @Test
    void onlyADoneMeasureIsVerified() {
        JsonNode done = doneByTheOperator("KZ-0001");
        ObjectNode back = Api.object();
        back.put("status", "IN_PROGRESS");
        back.put("version", done.get("version").asInt());
        JsonNode started = as("operator").put("/api/v1/programme-items/" + done.get("id").asLong(), back).body();
        assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
        ObjectNode verify = Api.object();
        verify.put("status", "VERIFIED");
        verify.put("version", started.get("version").asInt());
        Response refused = as("inspector").put("/api/v1/programme-items/" + done.get("id").asLong(), verify,
                "Accept-Language", "kk");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("тексеруге")
            .doesNotContain("VERIFIED", "IN_PROGRESS");
        assertThat(stored(done.get("facilityId").asLong(), done.get("id").asLong()).get("status").asString())
            .isEqualTo("IN_PROGRESS");
    }
}
