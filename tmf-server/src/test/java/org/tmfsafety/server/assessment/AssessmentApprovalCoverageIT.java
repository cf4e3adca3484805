package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * An installation that requires 90 % coverage before approval: an assessment that answers three questions is
 * submitted (its result says so) but its approval is refused naming both percentages; a complete one is approved.
 */
@IntegrationTest
@TestPropertySource(properties = "tmf.assessment.min-coverage-for-approval=90")
class AssessmentApprovalCoverageIT {

    @LocalServerPort
    int port;

    private Api inspector() {
        return new Api(port).as("inspector", "inspector-demo");
    }

    private List<String> quick() {
        JsonNode template = new Api(port).get("/api/v1/checklists").body().get(0);
        return StreamSupport.stream(template.get("questions").spliterator(), false)
            .filter(q -> q.get("families").toString().contains("\"QUICK\""))
            .map(q -> q.get("id").asString())
            .toList();
    }

    private long submitted(String code, List<String> answered) {
        long facility = new Api(port).asAuthority().get("/api/v1/facilities?q=" + code).body().get("items").get(0)
            .get("id").asLong();
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        long id = inspector().post("/api/v1/facilities/" + facility + "/assessments", start).body().get("id").asLong();
        ArrayNode answers = Api.object().arrayNode();
        answered.forEach(question -> answers.addObject().put("questionId", question).put("answer", "YES"));
        assertThat(inspector().put("/api/v1/assessments/" + id + "/answers", answers).status()).isEqualTo(200);
        assertThat(inspector().post("/api/v1/assessments/" + id + "/submit", "").status()).isEqualTo(200);
        return id;
    }

    @Test
    void approvalWaitsForTheCoverageTheInstallationRequires() {
        List<String> quick = quick();
        long partial = submitted("KZ-0007", quick.subList(0, 3));
        int asked = inspector().get("/api/v1/assessments/" + partial).body().get("questions").asInt();
        Api.Response refused = new Api(port).asAuthority().post("/api/v1/assessments/" + partial + "/approve", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains(Math.round(300.0 / asked) + " %", "90 %");
        long complete = submitted("KZ-0008", quick);
        Api.Response approved = new Api(port).asAuthority().post("/api/v1/assessments/" + complete + "/approve", "");
        assertThat(approved.status()).as(String.valueOf(approved.body())).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
    }
}
