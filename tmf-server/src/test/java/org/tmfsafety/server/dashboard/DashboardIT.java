package org.tmfsafety.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.methodology.TestIndexClasses;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * The programme dashboard: numbers equal to the lists behind them, public aggregates only, assessment figures only
 * over what the reader may read, report, snapshots.
 */
@IntegrationTest
class DashboardIT {

    @LocalServerPort
    int port;

    @Autowired
    Dashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

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

    /** The text of a PDF. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private HttpResponse<byte[]> getInEnglish(String path, HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A published facility of another organisation than the demo operator's, with a submitted all-NO assessment and
     * its proposed measures in the programme, one of them overdue.
     */
    private long assessedForeignFacility(String code) {
        long kazzinc = jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'").query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND id <> :k ORDER BY id LIMIT 1")
            .param("k", kazzinc).query(Long.class).single();
        long facility = jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published)
                VALUES (:code, :code, 'KAZ', 50, 80, 'ACTIVE', :operator, TRUE) RETURNING id""")
            .param("code", code).param("operator", other).query(Long.class).single();
        Api inspector = new Api(port).as("inspector", "inspector-demo");
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        long assessment = inspector.post("/api/v1/facilities/" + facility + "/assessments", start).body().get("id")
            .asLong();
        ArrayNode answers = Api.object().arrayNode();
        for (JsonNode question : new Api(port).get("/api/v1/checklists").body().get(0).get("questions")) {
            if (question.get("families").toString().contains("\"QUICK\"")) {
                answers.addObject().put("questionId", question.get("id").asString()).put("answer", "NO");
            }
        }
        assertThat(inspector.put("/api/v1/assessments/" + assessment + "/answers", answers).status()).isEqualTo(200);
        ObjectNode decision = Api.object();
        ArrayNode accept = decision.putArray("accept");
        inspector.post("/api/v1/assessments/" + assessment + "/submit", "").body().get("proposedMeasures")
            .forEach(measure -> accept.add(measure.get("id").asString()));
        assertThat(inspector.post("/api/v1/assessments/" + assessment + "/programme", decision).status()).isEqualTo(201);
        jdbc.sql("UPDATE programme_item SET due_date = current_date - 1 WHERE id = (SELECT min(id) FROM programme_item"
                + " WHERE facility_id = :f)").param("f", facility).update();
        return facility;
    }

    @Test
    void anOperatorSeesNoAssessmentFigureOfAFacilityWhoseAssessmentsItMayNotRead() throws Exception {
        long facility = assessedForeignFacility("DASH-FOREIGN");
        Api operatorApi = new Api(port).as("operator", "operator-demo");
        assertThat(operatorApi.get("/api/v1/facilities/" + facility).status()).as("the facility is published")
            .isEqualTo(200);
        assertThat(operatorApi.get("/api/v1/facilities/" + facility + "/programme").status())
            .as("but its programme is not the operator's to read").isEqualTo(404);
        List<String> categories = StreamSupport
            .stream(new Api(port).get("/api/v1/checklists").body().get(0).get("categories").spliterator(), false)
            .map(category -> category.get("title").get("en").asString())
            .toList();

        Document inspectorPage = Jsoup.parse(new String(getInEnglish("/dashboard?q=DASH-FOREIGN",
                signedIn("inspector")).body(), StandardCharsets.UTF_8));
        assertThat(inspectorPage.select("#n-facilities").text()).isEqualTo("1");
        assertThat(inspectorPage.select("#n-assessed").text()).isEqualTo("1");
        assertThat(inspectorPage.select("#n-overdue-measures").text()).isEqualTo("1");
        assertThat(inspectorPage.select("#measures-table td").eachText()).anyMatch(n -> !n.equals("0"));
        assertThat(inspectorPage.select("#chart-levels").text()).contains(categories.get(0));

        HttpClient operator = signedIn("operator");
        Document page = Jsoup.parse(new String(getInEnglish("/dashboard?q=DASH-FOREIGN", operator).body(),
                StandardCharsets.UTF_8));
        assertThat(page.select("#n-facilities").text()).isEqualTo("1");
        assertThat(page.select("#n-assessed").text()).isEqualTo("0");
        assertThat(page.select("#n-overdue-measures").text()).isEqualTo("0");
        assertThat(page.select("#measures-table td").eachText()).isNotEmpty().allMatch(n -> n.equals("0"));
        assertThat(page.select("#chart-levels").text()).doesNotContain(categories);

        String inspectorPdf = text(getInEnglish("/dashboard/report.pdf?q=DASH-FOREIGN", signedIn("inspector")).body());
        assertThat(inspectorPdf).contains("Assessed in the last 12 months: 1", "Overdue measures: 1", categories.get(0));
        String pdf = text(getInEnglish("/dashboard/report.pdf?q=DASH-FOREIGN", operator).body());
        assertThat(pdf).contains("Assessed in the last 12 months: 0", "Overdue measures: 0").doesNotContain(categories);
    }

    /** The part of a dashboard report from its monthly trend on. */
    private String trend(HttpClient reader) throws Exception {
        String pdf = text(getInEnglish("/dashboard/report.pdf", reader).body());
        assertThat(pdf).contains("Monthly trend");
        return pdf.substring(pdf.indexOf("Monthly trend"));
    }

    /** The number of facilities in the last row of the monthly trend on the dashboard page. */
    private String trendFacilities(HttpClient reader) throws Exception {
        Document page = Jsoup.parse(new String(getInEnglish("/dashboard", reader).body(), StandardCharsets.UTF_8));
        return page.select("#trend-table tbody tr").last().select("td").get(1).text();
    }

    @Test
    void theMonthlyTrendShowsEachReaderOnlyFiguresOverWhatItMayRead() throws Exception {
        jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, published)
                VALUES ('DASH-UNPUBLISHED', 'DASH-UNPUBLISHED', 'KAZ', 50, 80, 'ACTIVE', FALSE)""").update();
        dashboard.snapshot();
        long all = jdbc.sql("SELECT count(*) FROM facility WHERE archived_at IS NULL").query(Long.class).single();
        long published = new Api(port).get("/api/v1/facilities").body().get("total").asLong();
        assertThat(published).isLessThan(all);
        HttpClient inspector = signedIn("inspector");
        assertThat(trend(inspector)).contains("Overdue measures");
        assertThat(trendFacilities(inspector)).isEqualTo(String.valueOf(all));
        for (HttpClient reader : List.of(HttpClient.newHttpClient(), signedIn("operator"))) {
            assertThat(trend(reader)).doesNotContain("Overdue measures");
            Document page = Jsoup.parse(new String(getInEnglish("/dashboard", reader).body(), StandardCharsets.UTF_8));
            assertThat(page.select("#trend-table").text()).isNotEmpty().doesNotContain("Overdue measures");
            assertThat(trendFacilities(reader)).isEqualTo(String.valueOf(published));
        }
    }

    @Test
    void classBarsAndTheTrendsHazardColumnFollowTheProfilesClasses() throws Exception {
        IndexClasses classes = TestIndexClasses.create();
        java.util.Locale kazakh = java.util.Locale.forLanguageTag("kk");
        dashboard.snapshot();
        HttpClient inspector = signedIn("inspector");
        Document page = Jsoup.parse(new String(get("/dashboard", inspector).body(), StandardCharsets.UTF_8));
        List<String> bars = page.select("#chart-hazard .chart-label").eachText();
        List<String> labels = new java.util.ArrayList<>(classes.of("THI", kazakh).stream()
            .map(IndexClasses.Presented::label).toList());
        labels.add(messages.getMessage("map.notRated", null, kazakh));
        assertThat(bars).as("the profile's classes, least severe first, then not rated").containsExactlyElementsOf(labels);

        List<String> codes = classes.codes("THI");
        List<String> severe = codes.subList(codes.size() - 2, codes.size());
        assertThat(page.select("#trend-table thead th").eachText()).contains(messages.getMessage("dashboard.highHazard",
                new Object[] { classes.present("THI", severe.get(0), kazakh).label(),
                        classes.present("THI", severe.get(1), kazakh).label() }, kazakh));
        long expected = jdbc.sql("""
                SELECT count(*) FROM facility f JOIN facility_rating r ON r.facility_id = f.id AND r.index_code = 'THI'
                 WHERE f.archived_at IS NULL AND r.index_class IN (:severe)""")
            .param("severe", severe).query(Long.class).single();
        assertThat(page.select("#trend-table tbody tr").last().select("td").get(2).text())
            .isEqualTo(String.valueOf(expected));

        Document unknown = Jsoup.parse(new String(get("/dashboard?hazardClass=EXTREME", inspector).body(),
                StandardCharsets.UTF_8));
        assertThat(unknown.select(".alert-warning").text()).isEqualTo(messages.getMessage("facility.search.invalid", null,
                kazakh));
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
        assertThat(jdbc.sql("""
                SELECT (indicators ->> 'facilities')::int FROM dashboard_snapshot
                 WHERE month = date_trunc('month', current_date)""").query(Integer.class).single())
            .isEqualTo(jdbc.sql("SELECT count(*) FROM facility WHERE archived_at IS NULL").query(Long.class).single().intValue());
    }
}
