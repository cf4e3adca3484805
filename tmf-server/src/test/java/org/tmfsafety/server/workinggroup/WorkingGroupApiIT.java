package org.tmfsafety.server.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;
import org.tmfsafety.server.system.ClusterJobs;

/**
 * Action items through the API, notifications of assignees, reminders, facilities hidden from those who may not read
 * them, and jobs that run once.
 */
@IntegrationTest
class WorkingGroupApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionReminders reminders;

    @Autowired
    ClusterJobs jobs;

    private Api as(String user) {
        return new Api(port).as(user, user + "-demo");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static ObjectNode action(String title, String assignee, LocalDate due) {
        ObjectNode action = Api.object();
        action.put("title", title);
        action.put("assignee", assignee);
        action.put("dueDate", due.toString());
        return action;
    }

    @Test
    void anAuthorityAssignsAnActionAndTheAssigneeIsNotifiedAndWorksOnIt() {
        long facility = as("authority").get("/api/v1/facilities?q=KZ-0001").body().get("items").get(0).get("id").asLong();
        ObjectNode body = action("Inspect the decant tower of KZ-0001", "inspector", LocalDate.now().plusDays(20));
        body.put("facilityId", facility);
        Response created = as("authority").post("/api/v1/working-group/actions", body);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("assigneeUsername").asString()).isEqualTo("inspector");
        assertThat(created.body().get("facilityCode").asString()).isEqualTo("KZ-0001");

        JsonNode notices = as("inspector").get("/api/v1/notifications", "Accept-Language", "ru").body();
        JsonNode latest = notices.get(0);
        assertThat(latest.get("type").asString()).isEqualTo("ACTION_ASSIGNED");
        assertThat(latest.get("text").asString()).startsWith("Вам поручено").contains("decant tower");
        assertThat(latest.get("link").asString()).isEqualTo("/working-group/actions/" + id);
        assertThat(latest.get("read").asBoolean()).isFalse();
        assertThat(as("operator").get("/api/v1/notifications").body().toString()).doesNotContain("decant tower");

        ObjectNode done = Api.object();
        done.put("title", "ignored for an assignee");
        done.put("status", "DONE");
        done.put("version", 0);
        Response update = as("inspector").put("/api/v1/working-group/actions/" + id, done);
        assertThat(update.status()).as(String.valueOf(update.body())).isEqualTo(200);
        assertThat(update.body().get("status").asString()).isEqualTo("DONE");
        assertThat(update.body().get("title").asString()).isEqualTo("Inspect the decant tower of KZ-0001");
        ObjectNode staleEdit = action("Inspect the decant tower again", "inspector", LocalDate.now().plusDays(30));
        staleEdit.put("status", "OPEN");
        staleEdit.put("version", 0);
        Response stale = as("authority").put("/api/v1/working-group/actions/" + id, staleEdit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(as("operator").put("/api/v1/working-group/actions/" + id, done).status()).isEqualTo(403);
        assertThat(as("inspector").post("/api/v1/notifications/" + latest.get("id").asLong() + "/read", "{}").status())
            .isEqualTo(204);
        assertThat(as("operator").post("/api/v1/notifications/" + latest.get("id").asLong() + "/read", "{}").status())
            .isEqualTo(404);
    }

    @Test
    void refusesBadActionsNamingTheFieldAndCallersWhoDoNotRunTheGroup() {
        long before = jdbc.sql("SELECT count(*) FROM wg_action").query(Long.class).single();
        Response unknown = as("authority").post("/api/v1/working-group/actions",
                action("Check", "nobody-here", LocalDate.now().plusDays(3)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(list(unknown.body().get("errors"))).extracting(e -> e.get("field").asString()).contains("assignee");
        Response past = as("authority").post("/api/v1/working-group/actions",
                action("", "inspector", LocalDate.now().minusDays(1)), "Accept-Language", "kk");
        assertThat(list(past.body().get("errors"))).extracting(e -> e.get("field").asString())
            .contains("title", "dueDate");
        assertThat(as("operator").post("/api/v1/working-group/actions",
                action("Check", "inspector", LocalDate.now().plusDays(3))).status()).isEqualTo(403);
        assertThat(new Api(port).post("/api/v1/working-group/actions",
                action("Check", "inspector", LocalDate.now().plusDays(3))).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM wg_action").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void remindersTellAssigneesOnceWhenAnItemIsDueSoonAndWhenItIsOverdue() {
        long soon = as("authority").post("/api/v1/working-group/actions",
                action("Update the emergency plan", "operator", LocalDate.now().plusDays(5))).body().get("id").asLong();
        long late = as("authority").post("/api/v1/working-group/actions",
                action("Send the monitoring report", "operator", LocalDate.now().plusDays(1))).body().get("id").asLong();
        jdbc.sql("UPDATE wg_action SET due_date = current_date - 2 WHERE id = :id").param("id", late).update();
        reminders.remind();
        reminders.remind();
        List<String> types = jdbc.sql("""
                SELECT n.type || ':' || n.subject_id FROM notification n JOIN app_user u ON u.id = n.user_id
                 WHERE u.username = 'operator' AND n.subject_id IN (:a, :b) AND n.type <> 'ACTION_ASSIGNED'""")
            .param("a", soon)
            .param("b", late)
            .query(String.class)
            .list();
        assertThat(types).containsExactlyInAnyOrder("ACTION_DUE_SOON:" + soon, "ACTION_OVERDUE:" + late);
    }

    @Test
    void aJobClaimedByTwoNodesAtOnceRunsOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return jobs.runIfDue("test-once", java.time.Duration.ofHours(1), () -> "run " + runs.incrementAndGet());
                }));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Boolean> claim : claims) {
                claimed += claim.get() ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
            assertThat(runs.get()).isEqualTo(1);
            assertThat(jobs.runIfDue("test-once", java.time.Duration.ofHours(1), () -> "again")).isFalse();
            jdbc.sql("UPDATE scheduled_job SET next_run_at = now() WHERE name = 'test-once'").update();
            assertThat(jobs.runIfDue("test-once", java.time.Duration.ofHours(1), () -> "due now")).isTrue();
            assertThat(jdbc.sql("SELECT runs FROM scheduled_job WHERE name = 'test-once'").query(Long.class).single())
                .isEqualTo(2);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** An unpublished facility of another organisation than the demo operator's. */
    private long hiddenFacility(String code) {
        long kazzinc = jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'").query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND id <> :k ORDER BY id LIMIT 1")
            .param("k", kazzinc).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published)
                VALUES (:code, :code, 'KAZ', 50, 80, 'ACTIVE', :operator, FALSE) RETURNING id""")
            .param("code", code).param("operator", other).query(Long.class).single();
    }

    private String page(String user, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(http, "http://localhost:" + port, user, user + "-demo");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anAssigneeWorksOnAnItemLinkedToAFacilityItMayNotReadWithoutSeeingIt() throws Exception {
        long facility = hiddenFacility("WG-HIDDEN-1");
        assertThat(as("operator").get("/api/v1/facilities/" + facility).status()).isEqualTo(404);
        ObjectNode body = action("Check the seepage at the hidden site", "operator", LocalDate.now().plusDays(10));
        body.put("facilityId", facility);
        Response created = as("authority").post("/api/v1/working-group/actions", body);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(created.body().get("facilityCode").asString()).isEqualTo("WG-HIDDEN-1");
        long id = created.body().get("id").asLong();

        JsonNode seen = as("operator").get("/api/v1/working-group/actions/" + id).body();
        assertThat(seen.get("title").asString()).isEqualTo("Check the seepage at the hidden site");
        assertThat(seen.get("facilityId").isNull()).isTrue();
        assertThat(seen.get("facilityCode").isNull()).isTrue();
        assertThat(as("operator").get("/api/v1/working-group/actions").body().toString()).contains("hidden site")
            .doesNotContain("WG-HIDDEN-1", "\"facilityId\":" + facility);
        assertThat(as("operator").get("/api/v1/working-group/actions?facilityId=" + facility).status()).isEqualTo(404);
        assertThat(page("operator", "/working-group/actions/" + id)).contains("hidden site").doesNotContain("WG-HIDDEN-1",
                "/facilities/" + facility);
        assertThat(page("operator", "/working-group/actions")).contains("hidden site").doesNotContain("WG-HIDDEN-1");
        assertThat(page("authority", "/working-group/actions/" + id)).contains("WG-HIDDEN-1");

        ObjectNode started = Api.object();
        started.put("title", "ignored for an assignee");
        started.put("status", "IN_PROGRESS");
        started.put("version", 0);
        Response update = as("operator").put("/api/v1/working-group/actions/" + id, started);
        assertThat(update.status()).as(String.valueOf(update.body())).isEqualTo(200);
        assertThat(update.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(update.body().get("facilityId").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT facility_id FROM wg_action WHERE id = :id").param("id", id).query(Long.class)
            .single()).as("the link is kept").isEqualTo(facility);

        ObjectNode unknown = action("Check the seepage at the hidden site", "operator", LocalDate.now().plusDays(10));
        unknown.put("facilityId", 987654321L);
        unknown.put("status", "IN_PROGRESS");
        unknown.put("version", 1);
        Response refused = as("authority").put("/api/v1/working-group/actions/" + id, unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(list(refused.body().get("errors"))).extracting(e -> e.get("field").asString())
            .containsExactly("facilityId");
    }

    @Test
    void decisionsShowOnlyTheFacilitiesTheReaderMayRead() throws Exception {
        long hidden = hiddenFacility("WG-HIDDEN-2");
        long meeting = jdbc.sql("""
                INSERT INTO wg_meeting (title, starts_at, created_by) VALUES ('Hidden facility meeting', now(), 'admin')
                RETURNING id""").query(Long.class).single();
        long decision = jdbc.sql("""
                INSERT INTO wg_decision (meeting_id, decided_on, text, created_by)
                VALUES (:m, current_date, 'Audit the hidden dam and KZ-0001', 'admin') RETURNING id""")
            .param("m", meeting).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO wg_decision_facility (decision_id, facility_id)
                SELECT :d, id FROM facility WHERE code IN ('WG-HIDDEN-2', 'KZ-0001')""").param("d", decision).update();
        for (String path : List.of("/working-group", "/working-group/meetings/" + meeting)) {
            assertThat(page("operator", path)).contains("Audit the hidden dam", ">KZ-0001<")
                .doesNotContain("WG-HIDDEN-2", "/facilities/" + hidden);
            assertThat(page("authority", path)).contains("WG-HIDDEN-2");
        }
    }
}
