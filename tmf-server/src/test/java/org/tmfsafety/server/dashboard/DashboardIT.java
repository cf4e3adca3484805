package org.tmfsafety.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/** The programme dashboard: numbers equal to the lists behind them, public aggregates only, report, snapshots. */
@IntegrationTest
class DashboardIT {

    @LocalServerPort
    int port;

    @Autowired
    Dashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    /** A client signed in through the login form (pages use sessions, not HTTP Basic). */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(http, "http://localhost:" + port, user, user + "-demo");
        return http;
    }

    private HttpResponse<byte[]> get(String path, HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "kk").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void countsEqualTheListsBehindThemAndHideInternalIndicatorsFromThePublic() {
        FacilitySearch kazakhstan = new FacilitySearch();
        kazakhstan.setCountry("KAZ");
        Dashboard.Indicators indicators = dashboard.indicators(kazakhstan);
        long published = new Api(port).get("/api/v1/facilities?country=KAZ").body().get("total").asLong();
        assertThat(indicators.facilities()).isEqualTo(published);
        assertThat(indicators.hazard().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(published);
        assertThat(indicators.risk().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(published);
        assertThat(indicators.transboundary()).isEqualTo(new Api(port)
            .get("/api/v1/facilities?country=KAZ&transboundary=true").body().get("total").asLong());
        assertThat(indicators.assessedLastYear()).as("not for the public").isNull();
        assertThat(indicators.measures()).isNull();
    }

    @Test
    void servesThePageAndThePdfReportAndKeepsAMonthlySnapshot() throws Exception {
        HttpClient authority = signedIn("authority");
        HttpResponse<byte[]> page = get("/dashboard?country=KAZ", authority);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"chart-hazard\"", "id=\"n-overdue-actions\"", "id=\"measures-table\"",
                "/ratings?country=KAZ&amp;hazardClass=");
        String publicHtml = new String(get("/dashboard", HttpClient.newHttpClient()).body(), StandardCharsets.UTF_8);
        assertThat(publicHtml).contains("id=\"chart-hazard\"").doesNotContain("id=\"n-overdue-actions\"");
        HttpResponse<byte[]> pdf = get("/dashboard/report.pdf?country=KAZ", authority);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        dashboard.snapshot();
        dashboard.snapshot();
        assertThat(jdbc.sql("SELECT count(*) FROM dashboard_snapshot WHERE month = date_trunc('month', current_date)")
            .query(Long.class).single()).isEqualTo(1);
        assertThat(dashboard.snapshots().get(dashboard.snapshots().size() - 1).indicators().facilities())
            .isEqualTo(jdbc.sql("SELECT count(*) FROM facility WHERE archived_at IS NULL").query(Long.class).single()
                .intValue());
    }
}
