package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.dashboard.Dashboard;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Deleting a facility whose assessments, programme or working-group records must be kept archives it instead:
 * hidden from every list, kept with its history, readable by registry managers, restorable by an administrator,
 * its code never handed out again. A facility without such records is deleted, and the database itself refuses
 * to delete one that has them.
 */
@IntegrationTest
class FacilityArchiveIT {

    private static final String FACILITIES = "/api/v1/facilities";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Dashboard dashboard;

    @Autowired
    CurrentUser currentUser;

    private Api as(String user) {
        return new Api(port).as(user, user + "-demo");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A published facility (so that the public lists it too) at a place of its own, with a unique name. */
    private JsonNode published(String name) {
        ObjectNode facility = FacilityApiIT.aFacility(name);
        facility.put("published", true);
        facility.put("latitude", 47.4321);
        facility.put("longitude", 67.1234);
        Response created = as("authority").post(FACILITIES, facility);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body();
    }

    /** Starts a QUICK assessment as the inspector, answers every question NO with documents, submits it. */
    private long submittedAssessment(long facility) {
        JsonNode template = new Api(port).get("/api/v1/checklists").body().get(0);
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        long id = as("inspector").post(FACILITIES + "/" + facility + "/assessments", start).body().get("id").asLong();
        ArrayNode answers = Api.object().arrayNode();
        for (JsonNode question : list(template.get("questions"))) {
            if (list(question.get("families")).stream().anyMatch(f -> f.asString().equals("QUICK"))) {
                answers.addObject()
                    .put("questionId", question.get("id").asString())
                    .put("answer", "NO")
                    .put("evidence", "DOCUMENTED");
            }
        }
        assertThat(as("inspector").put("/api/v1/assessments/" + id + "/answers", answers).status()).isEqualTo(200);
        assertThat(as("inspector").post("/api/v1/assessments/" + id + "/submit", "").status()).isEqualTo(200);
        return id;
    }

    /** An approved assessment of the facility with the first two proposed measures adopted as its programme. */
    private long approvedAssessmentWithProgramme(long facility) {
        long assessment = submittedAssessment(facility);
        List<JsonNode> proposed = list(as("inspector").get("/api/v1/assessments/" + assessment + "/result").body()
            .get("proposedMeasures"));
        ObjectNode decision = Api.object();
        decision.putArray("accept").add(proposed.get(0).get("id").asString()).add(proposed.get(1).get("id").asString());
        Response adopted = as("inspector").post("/api/v1/assessments/" + assessment + "/programme", decision);
        assertThat(adopted.status()).as(String.valueOf(adopted.body())).isEqualTo(201);
        assertThat(as("authority").post("/api/v1/assessments/" + assessment + "/approve", "").status()).isEqualTo(200);
        return assessment;
    }

    private List<String> historyActions(Api api, long id) {
        Response history = api.get(FACILITIES + "/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        return list(history.body()).stream().map(entry -> entry.get("action").asString()).toList();
    }

    private boolean listed(Api api, String path) {
        Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body().toString().contains("\"Archive test");
    }

    private int dashboardCount(String name) {
        FacilitySearch search = new FacilitySearch();
        search.setQ(name);
        return currentUser.asSystem("test", () -> dashboard.indicators(search)).facilities();
    }

    @Test
    void aFacilityWithAnApprovedAssessmentAndAProgrammeIsArchivedKeptWithItsHistoryAndRestoredByAnAdministrator() {
        String name = "Archive test " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = published(name);
        long id = created.get("id").asLong();
        String code = created.get("code").asString();
        long assessment = approvedAssessmentWithProgramme(id);
        List<JsonNode> programme = list(as("authority").get(FACILITIES + "/" + id + "/programme").body());
        assertThat(programme).hasSize(2);
        String byName = "?q=" + encoded(name);
        Api publicApi = new Api(port);
        assertThat(listed(publicApi, FACILITIES + byName)).isTrue();
        assertThat(dashboardCount(name)).isEqualTo(1);

        Response archived = as("authority").delete(FACILITIES + "/" + id, "Accept-Language", "ru");
        assertThat(archived.status()).as("archived, not deleted: the answer is the archived facility").isEqualTo(200);
        assertThat(archived.body().get("id").asLong()).isEqualTo(id);
        assertThat(archived.body().get("archivedBy").asString()).isEqualTo("authority");
        assertThat(archived.body().get("archivedAt").isNull()).isFalse();

        Response assessmentRead = as("authority").get("/api/v1/assessments/" + assessment);
        assertThat(assessmentRead.status()).isEqualTo(200);
        assertThat(assessmentRead.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(list(as("authority").get(FACILITIES + "/" + id + "/programme").body()))
            .extracting(item -> item.get("id").asLong())
            .containsExactlyElementsOf(programme.stream().map(item -> item.get("id").asLong()).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_answer WHERE assessment_id = :id").param("id", assessment)
            .query(Long.class).single()).isPositive();
        assertThat(historyActions(as("authority"), id)).startsWith("CREATE").endsWith("ARCHIVE");

        for (Api reader : List.of(publicApi, as("authority"), as("admin"))) {
            assertThat(listed(reader, FACILITIES + byName)).as("facility list").isFalse();
            assertThat(listed(reader, "/api/v1/ratings" + byName)).as("rating list").isFalse();
            assertThat(listed(reader, FACILITIES + ".geojson" + byName)).as("map").isFalse();
            assertThat(listed(reader, "/ogc/collections/facilities/items?bbox=67.1,47.4,67.2,47.5")).as("OGC")
                .isFalse();
        }
        HttpResponse<String> export = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + FACILITIES + "/export.csv" + byName)).build());
        assertThat(export.body()).doesNotContain(code);
        assertThat(dashboardCount(name)).isZero();

        assertThat(as("authority").get(FACILITIES + "/" + id).body().get("archivedAt").isNull()).isFalse();
        assertThat(as("admin").get(FACILITIES + "/" + id).status()).isEqualTo(200);
        for (Api other : List.of(publicApi, as("operator"), as("inspector"))) {
            assertThat(other.get(FACILITIES + "/" + id).status()).as("others do not see it").isEqualTo(404);
        }
        assertThat(as("inspector").get("/api/v1/assessments/" + assessment).status()).isEqualTo(404);
        assertThat(as("inspector").get(FACILITIES + "/" + id + "/programme").status()).isEqualTo(404);
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        assertThat(as("authority").post(FACILITIES + "/" + id + "/assessments", start).status())
            .as("no new assessment of an archived facility").isEqualTo(409);
        assertThat(list(as("authority").get(FACILITIES + "/archived" + byName).body().get("items")))
            .extracting(item -> item.get("id").asLong()).contains(id);
        assertThat(as("inspector").get(FACILITIES + "/archived").status()).isEqualTo(403);

        ObjectNode change = (ObjectNode) archived.body().deepCopy();
        change.put("damHeightM", 99.0);
        Response edit = as("authority").put(FACILITIES + "/" + id, change, "Accept-Language", "kk");
        assertThat(edit.status()).as("an archived facility is not edited").isEqualTo(409);
        assertThat(edit.body().get("detail").asString()).contains(code);
        assertThat(as("authority").delete(FACILITIES + "/" + id).status()).isEqualTo(409);
        ObjectNode sameCode = FacilityApiIT.aFacility("Archive code reuse");
        sameCode.put("code", code);
        Response reused = as("authority").post(FACILITIES, sameCode);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(reused.body().get("errors").get(0).get("message").asString())
            .isEqualTo(messages.getMessage("facility.code.archived", new Object[] { code }, Locale.ENGLISH));
        assertThat(as("authority").get(FACILITIES + "/" + id).body().get("damHeightM").asDouble()).isEqualTo(24.5);
        String header = String.join(",", List.of("code", "name", "country", "latitude", "longitude", "status").stream()
            .map(field -> messages.getMessage("facility.field." + field, null, Locale.ENGLISH)).toList());
        Response imported = as("authority").upload("/api/v1/imports/facilities?dryRun=true", Map.of(), "file",
                "archived.csv", (header + "\n" + code + ",Archive test import,KAZ,47.4321,67.1234,ACTIVE\n")
                    .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as("the import does not change an archived facility").isEqualTo(422);
        assertThat(imported.body().toString())
            .contains(messages.getMessage("facility.archived", new Object[] { code }, Locale.ENGLISH));

        assertThat(as("authority").post(FACILITIES + "/" + id + "/restore", "").status())
            .as("only an administrator restores").isEqualTo(403);
        Response restored = as("admin").post(FACILITIES + "/" + id + "/restore", "");
        assertThat(restored.status()).as(String.valueOf(restored.body())).isEqualTo(200);
        assertThat(restored.body().get("archivedAt").isNull()).isTrue();
        assertThat(as("admin").post(FACILITIES + "/" + id + "/restore", "").status()).isEqualTo(409);
        assertThat(listed(publicApi, FACILITIES + byName)).isTrue();
        assertThat(historyActions(as("admin"), id)).endsWith("ARCHIVE", "RESTORE");
        assertThat(as("authority").get(FACILITIES + "/" + id + "/programme").body().size()).isEqualTo(2);

        assertThat(as("authority").delete(FACILITIES + "/" + id).status()).as("archived again, never deleted")
            .isEqualTo(200);
    }

    @Test
    void aFacilityWithoutSuchRecordsIsDeletedAndItsGeneratedCodeIsNeverHandedOutAgain() {
        Api authority = as("authority");
        JsonNode first = authority.post(FACILITIES, FacilityApiIT.aFacility("Archive test code one")).body();
        int number = Integer.parseInt(first.get("code").asString().substring(3));
        ObjectNode byHand = FacilityApiIT.aFacility("Archive test code by hand");
        String handCode = String.format(Locale.ROOT, "KZ-%04d", number + 2);
        byHand.put("code", handCode);
        JsonNode hand = authority.post(FACILITIES, byHand).body();
        assertThat(hand.get("code").asString()).isEqualTo(handCode);

        assertThat(authority.delete(FACILITIES + "/" + hand.get("id").asLong()).status()).isEqualTo(204);
        assertThat(as("admin").get(FACILITIES + "/" + hand.get("id").asLong()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'facility' AND entity_id = :id ORDER BY id")
            .param("id", hand.get("id").asLong()).query(String.class).list()).containsExactly("CREATE", "DELETE");

        JsonNode second = authority.post(FACILITIES, FacilityApiIT.aFacility("Archive test code two")).body();
        JsonNode third = authority.post(FACILITIES, FacilityApiIT.aFacility("Archive test code three")).body();
        assertThat(second.get("code").asString()).isEqualTo(String.format(Locale.ROOT, "KZ-%04d", number + 1));
        assertThat(third.get("code").asString()).as("the deleted facility's code is not handed out again")
            .isEqualTo(String.format(Locale.ROOT, "KZ-%04d", number + 3));
        for (JsonNode created : List.of(first, second, third)) {
            assertThat(authority.delete(FACILITIES + "/" + created.get("id").asLong()).status()).isEqualTo(204);
        }
    }

    @Test
    void theDatabaseRefusesToDeleteAFacilityThatRecordsReferTo() {
        long facility = jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status)
                VALUES ('ARCHIVE-DB-TEST', 'Archive test database', 'KAZ', 47.5, 67.5, 'ACTIVE') RETURNING id""")
            .query(Long.class).single();
        long assessment = jdbc.sql("""
                INSERT INTO assessment (facility_id, template_id, template_version, family, started_by)
                VALUES (:id, 'unece-tmf-checklist', 1, 'QUICK', 'inspector') RETURNING id""")
            .param("id", facility).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", facility).update())
            .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("DELETE FROM assessment WHERE id = :id").param("id", assessment).update();

        for (String reference : List.of(
                "INSERT INTO programme_item (facility_id, custom_title, term, created_by) VALUES (:id, 'Fence', 'SHORT', 'admin')",
                "INSERT INTO wg_action (title, facility_id, created_by) VALUES ('Inspect', :id, 'admin')")) {
            jdbc.sql(reference).param("id", facility).update();
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", facility).update())
                .as(reference).isInstanceOf(DataIntegrityViolationException.class);
            jdbc.sql("DELETE FROM programme_item WHERE facility_id = :id").param("id", facility).update();
            jdbc.sql("DELETE FROM wg_action WHERE facility_id = :id").param("id", facility).update();
        }
        long decision = jdbc.sql("""
                INSERT INTO wg_decision (decided_on, text, created_by) VALUES (current_date, 'Close the pond', 'admin')
                RETURNING id""").query(Long.class).single();
        jdbc.sql("INSERT INTO wg_decision_facility (decision_id, facility_id) VALUES (:decision, :id)")
            .param("decision", decision).param("id", facility).update();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", facility).update())
            .as("a working-group decision").isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("DELETE FROM wg_decision WHERE id = :id").param("id", decision).update();

        assertThat(jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", facility).update())
            .as("nothing refers to it any more").isEqualTo(1);
    }

    @Test
    void thePagesArchiveAFacilitySayingSoAndAnAdministratorRestoresIt() throws Exception {
        String name = "Archive test page " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = published(name);
        long id = created.get("id").asLong();
        String row = "data-code=\"" + created.get("code").asString() + "\"";
        submittedAssessment(id);
        HttpClient authority = signedIn("authority");
        String confirmation = send(authority, page("/facilities/" + id + "/delete?lang=en").GET().build()).body();
        assertThat(confirmation).contains(html(messages.getMessage("facility.archive.warning", null, Locale.ENGLISH)))
            .doesNotContain(html(messages.getMessage("facility.delete.warning", null, Locale.ENGLISH)));

        HttpResponse<String> deleted = send(authority, form("/facilities/" + id + "/delete",
                "version=0&_csrf=" + csrf(confirmation)));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElse("")).endsWith("/facilities/" + id);
        String archivedPage = send(authority, page("/facilities/" + id + "?lang=en").GET().build()).body();
        assertThat(archivedPage).contains("id=\"archived-notice\"", "id=\"history\"")
            .doesNotContain("id=\"edit-facility\"", "id=\"delete-facility\"", "id=\"restore-facility\"");
        assertThat(as("authority").get(FACILITIES + "/" + id).body().get("archivedAt").isNull()).isFalse();
        assertThat(send(HttpClient.newHttpClient(), page("/facilities/" + id).GET().build()).statusCode())
            .isEqualTo(404);
        assertThat(send(authority, page("/facilities?q=" + encoded(name)).GET().build()).body()).doesNotContain(row);
        assertThat(send(authority, page("/facilities/archived?q=" + encoded(name)).GET().build()).body()).contains(row);
        HttpResponse<String> edit = send(authority, page("/facilities/" + id + "/edit").GET().build());
        assertThat(edit.statusCode()).as("no edit form for an archived facility").isEqualTo(302);

        HttpClient admin = signedIn("admin");
        String adminPage = send(admin, page("/facilities/" + id + "?lang=en").GET().build()).body();
        assertThat(adminPage).contains("id=\"restore-facility\"");
        HttpResponse<String> restored = send(admin, form("/facilities/" + id + "/restore",
                "version=1&_csrf=" + csrf(adminPage)));
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(as("authority").get(FACILITIES + "/" + id).body().get("archivedAt").isNull()).isTrue();
        assertThat(send(HttpClient.newHttpClient(), page("/facilities?q=" + encoded(name)).GET().build()).body())
            .contains(row);
        assertThat(as("authority").delete(FACILITIES + "/" + id).status()).isEqualTo(200);
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = FormLogin.signIn(browser, "http://localhost:" + port, user, user + "-demo");
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/facilities");
        return browser;
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest form(String path, String body) {
        return page(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    /** The text as Thymeleaf escapes it in a page. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("'", "&#39;");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
