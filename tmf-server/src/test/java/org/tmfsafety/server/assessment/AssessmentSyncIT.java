package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Answers sent from a device that was without network (offline field mode): saved where the server still has what
 * the device saw, returned as conflicts where someone changed the answer meanwhile, never overwritten; and a photo
 * sent twice is kept once.
 */
@IntegrationTest
class AssessmentSyncIT {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @LocalServerPort
    int port;

    private Api inspector() {
        return new Api(port).as("inspector", "inspector-demo");
    }

    private long draft() {
        long facility = new Api(port).asAuthority().get("/api/v1/facilities?q=KZ-0014").body().get("items").get(0)
            .get("id").asLong();
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        Response response = inspector().post("/api/v1/facilities/" + facility + "/assessments", start);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
        return response.body().get("id").asLong();
    }

    private static ObjectNode answer(ArrayNode list, String question, String answer, String comment) {
        ObjectNode item = list.addObject();
        item.put("questionId", question);
        item.put("answer", answer);
        item.put("evidence", "OBSERVED");
        item.put("comment", comment);
        return item;
    }

    private static void seen(ObjectNode item, String answer, String comment) {
        ObjectNode seen = item.putObject("seen");
        seen.put("answer", answer);
        seen.put("evidence", "OBSERVED");
        seen.put("comment", comment);
    }

    private JsonNode stored(long id, String question) {
        for (JsonNode answer : inspector().get("/api/v1/assessments/" + id).body().get("answers")) {
            if (answer.get("questionId").asString().equals(question)) {
                return answer;
            }
        }
        return null;
    }

    @Test
    void savesWhereTheServerStillHasWhatTheDeviceSawAndReturnsTheOthersAsConflicts() {
        long id = draft();
        ArrayNode before = Api.object().arrayNode();
        answer(before, "LEG-01", "YES", "permit seen");
        answer(before, "LEG-02", "YES", null);
        assertThat(inspector().put("/api/v1/assessments/" + id + "/answers", before).status()).isEqualTo(200);
        // the authority changes LEG-02 while the inspector's tablet has no network
        ArrayNode meanwhile = Api.object().arrayNode();
        answer(meanwhile, "LEG-02", "NO", "permit expired in 2025");
        assertThat(new Api(port).asAuthority().put("/api/v1/assessments/" + id + "/answers", meanwhile).status())
            .isEqualTo(200);

        ArrayNode device = Api.object().arrayNode();
        seen(answer(device, "LEG-01", "PARTLY", "permit seen, plan missing"), "YES", "permit seen");
        seen(answer(device, "LEG-02", "PARTLY", "seen on site"), "YES", null);
        answer(device, "LEG-04", "UNKNOWN", null).putNull("seen");
        Response sync = inspector().post("/api/v1/assessments/" + id + "/answers/sync", device);
        assertThat(sync.status()).as(String.valueOf(sync.body())).isEqualTo(200);
        assertThat(sync.body().get("saved").valueStream().map(JsonNode::asString)).containsExactly("LEG-01", "LEG-04");
        JsonNode conflict = sync.body().get("conflicts").get(0);
        assertThat(sync.body().get("conflicts").size()).isEqualTo(1);
        assertThat(conflict.get("questionId").asString()).isEqualTo("LEG-02");
        assertThat(conflict.get("answer").asString()).isEqualTo("NO");
        assertThat(conflict.get("comment").asString()).isEqualTo("permit expired in 2025");
        assertThat(conflict.get("changedBy").asString()).isEqualTo("authority");
        assertThat(conflict.get("changedAt").isNull()).isFalse();
        assertThat(sync.body().get("answered").asInt()).isEqualTo(3);

        assertThat(stored(id, "LEG-01").get("answer").asString()).isEqualTo("PARTLY");
        assertThat(stored(id, "LEG-02").get("answer").asString()).as("not overwritten").isEqualTo("NO");
        assertThat(stored(id, "LEG-04").get("answer").asString()).isEqualTo("UNKNOWN");

        // the inspector keeps hers after seeing the authority's: she sends it again with what she now saw
        ArrayNode settled = Api.object().arrayNode();
        seen(answer(settled, "LEG-02", "PARTLY", "seen on site"), "NO", "permit expired in 2025");
        Response kept = inspector().post("/api/v1/assessments/" + id + "/answers/sync", settled);
        assertThat(kept.body().get("conflicts").size()).isZero();
        assertThat(stored(id, "LEG-02").get("comment").asString()).isEqualTo("seen on site");
    }

    @Test
    void anAnswerTheServerAlreadyHasAsSentIsSavedAndAnAnswerGivenMeanwhileWhereTheDeviceSawNoneIsAConflict() {
        long id = draft();
        ArrayNode meanwhile = Api.object().arrayNode();
        answer(meanwhile, "LEG-01", "YES", "by the operator's engineer");
        answer(meanwhile, "LEG-02", "NO", null);
        inspector().put("/api/v1/assessments/" + id + "/answers", meanwhile);

        ArrayNode device = Api.object().arrayNode();
        answer(device, "LEG-01", "YES", " by the operator's engineer ").putNull("seen");
        answer(device, "LEG-02", "YES", null).putNull("seen");
        Response sync = inspector().post("/api/v1/assessments/" + id + "/answers/sync", device);
        assertThat(sync.body().get("saved").valueStream().map(JsonNode::asString)).containsExactly("LEG-01");
        assertThat(sync.body().get("conflicts").get(0).get("questionId").asString()).isEqualTo("LEG-02");
        assertThat(stored(id, "LEG-02").get("answer").asString()).isEqualTo("NO");
    }

    @Test
    void aWrongAnswerRefusesTheWholeBatchNamingItAndASubmittedAssessmentTakesNone() {
        long id = draft();
        ArrayNode device = Api.object().arrayNode();
        answer(device, "LEG-01", "YES", null).putNull("seen");
        answer(device, "LEG-02", "MAYBE", null).putNull("seen");
        Response wrong = inspector().post("/api/v1/assessments/" + id + "/answers/sync", device, "Accept-Language", "ru");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("answers[1].answer");
        assertThat(stored(id, "LEG-01")).as("nothing saved").isNull();

        assertThat(inspector().post("/api/v1/assessments/" + id + "/submit", Api.object()).status()).isEqualTo(200);
        ArrayNode late = Api.object().arrayNode();
        answer(late, "LEG-01", "YES", null).putNull("seen");
        Response closed = inspector().post("/api/v1/assessments/" + id + "/answers/sync", late);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(stored(id, "LEG-01")).isNull();
    }

    @Test
    void aPhotoSentAgainForTheSameQuestionIsKeptOnce() {
        long id = draft();
        Api inspector = inspector();
        Response first = inspector.upload("/api/v1/assessments/" + id + "/attachments", Map.of("questionId", "LEG-01"),
                "file", "crest.png", PNG);
        Response again = inspector.upload("/api/v1/assessments/" + id + "/attachments", Map.of("questionId", "LEG-01"),
                "file", "crest.png", PNG);
        assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
        Response otherQuestion = inspector.upload("/api/v1/assessments/" + id + "/attachments",
                Map.of("questionId", "LEG-02"), "file", "crest.png", PNG);
        assertThat(otherQuestion.body().get("id").asLong()).isNotEqualTo(first.body().get("id").asLong());
        assertThat(inspector.get("/api/v1/assessments/" + id + "/attachments").body().size()).isEqualTo(2);
    }
}
