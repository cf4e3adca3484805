package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/** Photos and documents on answers: accepted by content type, refused when too large or of another type. */
@IntegrationTest
class AttachmentApiIT {

    /** The smallest valid PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private long draft() {
        Api inspector = new Api(port).as("inspector", "inspector-demo");
        long facility = inspector.get("/api/v1/facilities?q=KZ-0009").body().get("items").get(0).get("id").asLong();
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        return inspector.post("/api/v1/facilities/" + facility + "/assessments", start).body().get("id").asLong();
    }

    private Response upload(long assessment, String questionId, String fileName, byte[] content, String language) {
        return new Api(port).as("inspector", "inspector-demo").upload("/api/v1/assessments/" + assessment + "/attachments",
                Map.of("questionId", questionId), "file", fileName, content, "Accept-Language", language);
    }

    @Test
    void attachesAPhotoRecognisedFromItsContentAndServesItBack() throws Exception {
        long id = draft();
        Response created = upload(id, "LEG-01", "crest photo.png", PNG, "en");
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        JsonNode attachment = created.body();
        assertThat(attachment.get("contentType").asString()).isEqualTo("image/png");
        assertThat(attachment.get("sizeBytes").asInt()).isEqualTo(PNG.length);
        Api inspector = new Api(port).as("inspector", "inspector-demo");
        assertThat(inspector.get("/api/v1/assessments/" + id + "/attachments").body().size()).isEqualTo(1);
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/assessments/" + id + "/attachments/" + attachment.get("id").asLong()))
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("inspector:inspector-demo".getBytes(StandardCharsets.UTF_8)))
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void refusesAFileOfAnotherTypeOrTooLargeAndStoresNothing() throws Exception {
        long id = draft();
        Response script = upload(id, "LEG-01", "photo.png", "<script>alert(1)</script>".getBytes(
                StandardCharsets.UTF_8), "ru");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(script.body().get("errors").get(0).get("message").asString()).contains("JPEG или PNG");
        byte[] large = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        Response tooLarge = upload(id, "LEG-01", "big.png", large, "kk");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().get("errors").get(0).get("message").asString()).contains("10 МБ");
        Response unknownQuestion = upload(id, "NOPE-01", "photo.png", PNG, "en");
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(new Api(port).as("inspector", "inspector-demo").get("/api/v1/assessments/" + id + "/attachments")
            .body().size()).isZero();
    }

    @Test
    void aSubmittedAssessmentTakesNoMoreFiles() throws Exception {
        long id = draft();
        new Api(port).as("inspector", "inspector-demo").post("/api/v1/assessments/" + id + "/submit", "");
        assertThat(upload(id, "LEG-01", "late.png", PNG, "en").status()).isEqualTo(409);
    }
}
