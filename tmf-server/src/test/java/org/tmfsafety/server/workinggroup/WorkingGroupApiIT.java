package org.tmfsafety.server.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tmfsafety.server.support.IntegrationTest;
import org.tmfsafety.server.system.ClusterJobs;

/** Action items through the API, notifications of assignees, reminders, and jobs that run once. */
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
}
