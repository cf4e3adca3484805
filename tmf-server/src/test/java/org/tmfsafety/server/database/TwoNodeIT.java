package org.tmfsafety.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.tmfsafety.server.support.DebianPostgres;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.ServerNode;

/**
 * Two server processes on different ports sharing one database on Debian's PostgreSQL: a session opened on node A
 * is used on node B, disabling an account on node B ends its session on node A, concurrent edits of one facility through A and B never lose an update, and a job both nodes
 * poll runs once per due time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeIT {

    private String database;

    private ServerNode a;

    private ServerNode b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        Assumptions.assumeTrue(DebianPostgres.available(), DebianPostgres.MISSING);
        Assumptions.assumeTrue(ServerNode.jar().isPresent(), "Skipped: the application is not packaged (run mvn verify)");
        database = DebianPostgres.shared().createDatabase("tmf_two_nodes");
        List<String> settings = List.of("spring.datasource.url=" + database,
                "spring.datasource.username=" + DebianPostgres.USER, "spring.datasource.password=",
                "tmf.demo-data.enabled=true", "tmf.jobs.poll=PT0.5S", "tmf.jobs.initial-delay=PT0.5S");
        a = ServerNode.start("node-a", settings);
        b = ServerNode.start("node-b", settings);
    }

    @AfterAll
    void stopNodes() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSessionOpenedOnOneNodeWorksOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn = FormLogin.signIn(browser, a.url(""), "inspector", "inspector-demo");
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/facilities");
        HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(b.url("/account"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as("the account page on node B with node A's session").isEqualTo(200);
        assertThat(onB.body()).contains("inspector");
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionOnTheOther() throws Exception {
        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(admin, b.url(""), "admin", "admin-demo");
        HttpResponse<String> created = postForm(admin, b.url("/admin/users/new"), "username=two-node-user"
                + "&displayName=Two+node+user&role=INSPECTOR&password=Two-node-horse-55&enabled=true&_enabled=on");
        assertThat(created.statusCode()).as("account created on node B").isEqualTo(302);
        HttpClient user = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(FormLogin.signIn(user, a.url(""), "two-node-user", "Two-node-horse-55").headers().firstValue("Location")
            .orElse("")).endsWith("/facilities");
        assertThat(status(user, a.url("/account"))).as("signed in on node A").isEqualTo(200);

        long id;
        int version;
        try (Connection connection = DriverManager.getConnection(database, DebianPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet account = statement.executeQuery("SELECT id, version FROM app_user WHERE username = 'two-node-user'")) {
            assertThat(account.next()).isTrue();
            id = account.getLong(1);
            version = account.getInt(2);
        }
        HttpResponse<String> disabled = postForm(admin, b.url("/admin/users/" + id + "/edit"),
                "displayName=Two+node+user&role=INSPECTOR&version=" + version + "&_enabled=on");
        assertThat(disabled.headers().firstValue("Location").orElse("")).as("disabled on node B").endsWith("/admin/users");

        assertThat(status(user, a.url("/account"))).as("node A's session has ended").isEqualTo(302);
        assertThat(status(user, b.url("/account"))).as("and node B does not know it either").isEqualTo(302);
    }

    private static HttpResponse<String> postForm(HttpClient browser, String url, String body) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
            .body();
        String csrf = find(page, "name=\"_csrf\" value=\"([^\"]+)\"");
        return browser.send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + csrf))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode();
    }

    @Test
    void concurrentEditsThroughBothNodesNeverLoseAnUpdate() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("authority:authority-demo".getBytes(StandardCharsets.UTF_8));
        String list = http.send(HttpRequest.newBuilder(URI.create(a.url("/api/v1/facilities?q=KZ-0002")))
            .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
        long id = Long.parseLong(find(list, "\"id\":(\\d+)"));
        String facility = http.send(HttpRequest.newBuilder(URI.create(a.url("/api/v1/facilities/" + id)))
            .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> puts = new ArrayList<>();
            for (ServerNode node : List.of(a, b)) {
                String body = facility.replaceFirst("\"notes\":(null|\"[^\"]*\")", "\"notes\":\"edited through "
                        + node.url("") + "\"");
                Callable<Integer> put = () -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/facilities/" + id)))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode();
                };
                puts.add(pool.submit(put));
            }
            start.countDown();
            List<Integer> statuses = List.of(puts.get(0).get(), puts.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            String winner = statuses.get(0) == 200 ? a.url("") : b.url("");
            String stored = http.send(HttpRequest.newBuilder(URI.create(b.url("/api/v1/facilities/" + id)))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(stored).contains("edited through " + winner);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJobBothNodesPollRunsOncePerDueTime() throws Exception {
        try (Connection connection = DriverManager.getConnection(database, DebianPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            long before = runs(statement);
            for (int round = 0; round < 5; round++) {
                statement.executeUpdate("UPDATE scheduled_job SET next_run_at = now() WHERE name = 'dashboard-snapshot'");
                Thread.sleep(2500);
            }
            assertThat(runs(statement) - before).as("five due times, five runs across two nodes").isEqualTo(5);
            try (ResultSet nodes = statement.executeQuery(
                    "SELECT count(*) FROM scheduled_job WHERE name = 'dashboard-snapshot' AND last_node IS NOT NULL")) {
                nodes.next();
                assertThat(nodes.getLong(1)).isEqualTo(1);
            }
        }
    }

    private static long runs(Statement statement) throws Exception {
        try (ResultSet runs = statement.executeQuery("SELECT runs FROM scheduled_job WHERE name = 'dashboard-snapshot'")) {
            assertThat(runs.next()).as("the job has been claimed at start").isTrue();
            return runs.getLong(1);
        }
    }

    private static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}
