package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/** Health and readiness, Prometheus metrics for administrators, request ids in responses and logs, sessions in PostgreSQL. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterJobs jobs;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void healthAndReadinessAreOpenAndMetricsAreForAdministrators() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", basic("inspector", "inspector-demo")).statusCode())
            .isEqualTo(403);
        jobs.runIfDue("metrics-check", Duration.ofHours(1), () -> "checked");
        HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", basic("admin", "admin-demo"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections_active",
                "tmf_jobs_runs_seconds_count{job=\"metrics-check\",outcome=\"ok\"");
    }

    @Test
    void everyResponseCarriesARequestIdThatTheLogsRepeat(CapturedOutput output) throws Exception {
        HttpResponse<String> given = get("/api/v1/facilities?size=1", "X-Request-Id", "proxy-req-20261124");
        assertThat(given.headers().firstValue("X-Request-Id")).contains("proxy-req-20261124");
        HttpResponse<String> invented = get("/api/v1/facilities?size=1", "X-Request-Id", "<script>");
        assertThat(invented.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        HttpResponse<String> failed = get("/api/v1/facilities?size=1", "X-Request-Id", "failed-login-4711",
                "Authorization", basic("inspector", "wrong-password"));
        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(output.getAll()).containsPattern("\\[failed-login-4711\\].*Failed sign-in for 'inspector'");
    }

    @Test
    void signedInSessionsAreKeptInTheDatabase() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, "inspector", "inspector-demo");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'inspector'").query(Long.class)
            .single()).isPositive();
        HttpResponse<String> account = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/account")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
    }
}
