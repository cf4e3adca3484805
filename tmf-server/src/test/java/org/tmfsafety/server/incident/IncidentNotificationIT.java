package org.tmfsafety.server.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * An incident (an exercise) at a demo facility whose river leaves Kazakhstan: the report proposes the points of
 * contact of the country downstream and the joint commission, says the distance and travel-time range to the border
 * crossing, goes out by e-mail (GreenMail, a real SMTP server in this JVM) in English and Russian with one link per
 * recipient, and is acknowledged through the link without an account or recorded by hand.
 */
@IntegrationTest
class IncidentNotificationIT {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tmf.base-url", () -> "https://tmf.example.kz");
        registry.add("tmf.jobs.enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api authority() {
        return new Api(port).asAuthority();
    }

    private long facility(String code) {
        return jdbc.sql("SELECT id FROM facility WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private long contact(String country) {
        return jdbc.sql("SELECT id FROM point_of_contact WHERE kind = 'COUNTRY' AND :c = ANY (countries) ORDER BY id LIMIT 1")
            .param("c", country).query(Long.class).single();
    }

    private static ObjectNode incident(boolean exercise) {
        ObjectNode incident = Api.object();
        incident.put("kind", "DAM_FAILURE");
        incident.put("exercise", exercise);
        incident.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString());
        incident.put("status", "ONGOING");
        incident.putNull("releaseM3");
        incident.put("substances", "tailings slurry with Zn, Pb, Cd");
        incident.put("measures", "Pumping stopped; breach being closed");
        incident.put("contact", "Duty officer, +7 7232 000000");
        return incident;
    }

    @Test
    void anExerciseAtRidderIsNotifiedToRussiaAndTheJointCommissionAndAcknowledged() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        long talovsky = facility("KZ-0001");
        Api.Response reported = authority().post("/api/v1/facilities/" + talovsky + "/incidents", incident(true));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        long id = reported.body().get("incident").get("id").asLong();
        assertThat(reported.body().get("incident").get("exercise").asBoolean()).isTrue();

        JsonNode draft = authority().get("/api/v1/incidents/" + id + "/draft").body();
        JsonNode report = draft.get("report");
        assertThat(report.get("type").asString()).isEqualTo("EARLY_WARNING");
        assertThat(report.get("number").asInt()).isEqualTo(1);
        JsonNode facts = report.get("facts");
        assertThat(facts.get("verdict").asString()).isEqualTo("POTENTIAL_EFFECT");
        assertThat(strings(facts.get("affectedCountries"))).containsExactly("RUS");
        double km = facts.get("kmToBorder").asDouble();
        assertThat(km).isPositive();
        // travel time = distance / velocity, at the configured 1.5 m/s (fastest) and 0.3 m/s (slowest)
        assertThat(facts.get("shortestHours").asDouble()).isCloseTo(km * 1000 / 1.5 / 3600, within(0.01));
        assertThat(facts.get("longestHours").asDouble()).isCloseTo(km * 1000 / 0.3 / 3600, within(0.01));
        assertThat(facts.get("crossing").get("country").asString()).isEqualTo("RUS");
        List<String> proposed = new ArrayList<>();
        draft.get("proposed").forEach(c -> proposed.add(c.get("name").asString()));
        assertThat(proposed).hasSize(2);
        assertThat(proposed.get(0)).startsWith("Russian Federation");
        assertThat(proposed.get(1)).startsWith("Kazakhstan–Russia joint commission");
        assertThat(draft.get("texts")).hasSize(2);
        assertThat(draft.get("texts").get(0).get("exercise").asString()).startsWith("EXERCISE");
        assertThat(draft.get("texts").get(1).get("exercise").asString()).startsWith("УЧЕНИЯ");

        ObjectNode issue = Api.object();
        issue.put("type", "EARLY_WARNING");
        issue.put("incidentVersion", 0);
        draft.get("proposed").forEach(c -> issue.withArray("pointOfContactIds").add(c.get("id").asLong()));
        Api.Response issued = authority().post("/api/v1/incidents/" + id + "/reports", issue);
        assertThat(issued.status()).as(String.valueOf(issued.body())).isEqualTo(201);
        assertThat(issued.body().toString()).doesNotContain("token");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toRussia = List.of(received).stream()
            .filter(m -> address(m).equals("ian-rus@example.org")).findFirst().orElseThrow();
        assertThat(toRussia.getSubject()).startsWith("[EXERCISE] Early warning No. 1: Dam failure at Talovsky")
            .contains("[УЧЕНИЯ] Раннее предупреждение № 1");
        String body = (String) toRussia.getContent();
        assertThat(body).contains("Countries that could be affected: Russia", "Страны, которые могут быть затронуты",
                "Estimated release: Not known yet", "Оценка выброса: Пока неизвестно",
                "Pumping stopped; breach being closed");
        String hours = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH)
            .format(Math.round(km * 1000 / 1.5 / 3600));
        assertThat(body).contains("travel time to the crossing " + hours + " to ");
        Matcher link = Pattern.compile("https://tmf\\.example\\.kz/incident-receipts/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        String russiaToken = link.group(1);
        String commissionToken = token((String) List.of(received).stream().filter(m -> m != toRussia).findFirst()
            .orElseThrow().getContent());
        assertThat(commissionToken).isNotEqualTo(russiaToken);

        JsonNode stored = authority().get("/api/v1/incidents/" + id).body();
        JsonNode recipients = stored.get("reports").get(0).get("recipients");
        assertThat(recipients).allSatisfy(r -> assertThat(r.get("mailStatus").asString()).isEqualTo("SENT"));

        // the recipient opens the link without an account and acknowledges on the page
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/incident-receipts/" + russiaToken)))
            .header("Accept-Language", "ru").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Document document = Jsoup.parse(page.body());
        assertThat(document.select(".exercise-banner")).isNotEmpty();
        assertThat(document.select("[data-line=effect]").text()).contains("Россия");
        String csrf = document.select("#receipt-form input[name=_csrf]").attr("value");
        HttpResponse<String> acknowledged = http.send(HttpRequest.newBuilder(URI.create(url("/incident-receipts/"
                + russiaToken)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form("_csrf", csrf, "acknowledgedBy", "EMERCOM duty officer",
                    "note", "received")))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(acknowledged.statusCode()).isEqualTo(302);

        // the commission's registry acknowledges by machine; a second acknowledgement is refused
        HttpResponse<String> machine = postForm("/api/v1/incident-receipts/" + commissionToken,
                form("acknowledgedBy", "Commission secretariat"));
        assertThat(machine.statusCode()).as(machine.body()).isEqualTo(200);
        assertThat(postForm("/api/v1/incident-receipts/" + commissionToken, form("acknowledgedBy", "again"))
            .statusCode()).isEqualTo(409);
        assertThat(postForm("/api/v1/incident-receipts/unknown-token", form("acknowledgedBy", "x")).statusCode())
            .isEqualTo(404);

        recipients = authority().get("/api/v1/incidents/" + id).body().get("reports").get(0).get("recipients");
        assertThat(recipients).allSatisfy(r -> assertThat(r.get("acknowledgedAt").isNull()).isFalse());
        assertThat(List.of(recipients.get(0).get("acknowledgedVia").asString(),
                recipients.get(1).get("acknowledgedVia").asString())).containsOnly("LINK");
        assertThat(recipients.get(0).get("acknowledgedBy").asString()).isEqualTo("EMERCOM duty officer");

        // a follow-up on the same incident, to a point of contact without e-mail, acknowledged by hand
        ObjectNode noMail = Api.object();
        noMail.put("kind", "COUNTRY");
        noMail.put("name", "Russia: regional duty service by telephone");
        noMail.putArray("countries").add("Russia");
        noMail.put("phone", "+7 000 000 00 00");
        Api.Response created = authority().post("/api/v1/points-of-contact", noMail);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        ObjectNode changed = incident(true);
        changed.put("status", "CONTROLLED");
        changed.put("releaseM3", 20000);
        changed.put("version", 0);
        assertThat(authority().put("/api/v1/incidents/" + id, changed).status()).isEqualTo(200);
        ObjectNode followUp = Api.object();
        followUp.put("type", "INFORMATION");
        followUp.put("incidentVersion", 1);
        followUp.putArray("pointOfContactIds").add(created.body().get("id").asLong());
        JsonNode second = authority().post("/api/v1/incidents/" + id + "/reports", followUp).body();
        assertThat(second.get("report").get("number").asInt()).isEqualTo(2);
        assertThat(second.get("report").get("subject").get("releaseM3").asDouble()).isEqualTo(20000);
        JsonNode phoned = second.get("recipients").get(0);
        assertThat(phoned.get("mailStatus").asString()).isEqualTo("NO_ADDRESS");
        ObjectNode receipt = Api.object();
        receipt.put("acknowledgedBy", "Duty officer by telephone");
        Api.Response recorded = authority().post("/api/v1/incidents/" + id + "/recipients/" + phoned.get("id").asLong()
                + "/acknowledgement", receipt);
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(200);
        assertThat(recorded.body().get("acknowledgedVia").asString()).isEqualTo("RECORDED");

        // the first report still says what it said when it was sent
        JsonNode first = authority().get("/api/v1/incidents/" + id + "/reports/" + issued.body().get("id").asLong()).body();
        assertThat(first.get("report").get("subject").get("releaseM3").isNull()).isTrue();
        assertThat(first.get("report").get("subject").get("status").asString()).isEqualTo("ONGOING");
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type LIKE 'incident%'")
            .query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aFacilityWhoseWaterCannotBeTracedProposesNobodyAndSaysSo() {
        long undetermined = jdbc.sql("""
                SELECT f.id FROM facility f JOIN facility_transboundary t ON t.facility_id = f.id
                 WHERE t.verdict = 'UNDETERMINED' ORDER BY f.code LIMIT 1""").query(Long.class).single();
        long id = authority().post("/api/v1/facilities/" + undetermined + "/incidents", incident(false)).body()
            .get("incident").get("id").asLong();

        JsonNode draft = new Api(port).asAuthority().get("/api/v1/incidents/" + id + "/draft", "Accept-Language", "kk")
            .body();

        assertThat(draft.get("proposed")).isEmpty();
        assertThat(draft.get("report").get("facts").get("affectedCountries")).isEmpty();
        assertThat(draft.get("report").get("facts").get("kmToBorder").isNull()).isTrue();
        assertThat(draft.get("texts")).hasSize(3);
        JsonNode english = draft.get("texts").get(0);
        assertThat(english.get("exercise").isNull()).isTrue();
        String effect = null;
        for (JsonNode line : english.get("lines")) {
            if (line.get("key").asString().equals("effect")) {
                effect = line.get("value").asString();
            }
        }
        assertThat(effect).startsWith("Not determined from the data.").doesNotContain("no potential");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStaleVersionsConflict() {
        long talovsky = facility("KZ-0001");
        ObjectNode missing = incident(false);
        missing.remove("kind");
        missing.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString());
        Api.Response refused = authority().post("/api/v1/facilities/" + talovsky + "/incidents", missing);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).contains("kind", "occurredAt");
        ObjectNode wrongKind = incident(false);
        wrongKind.put("kind", "METEOR");
        assertThat(fields(authority().post("/api/v1/facilities/" + talovsky + "/incidents", wrongKind).body()))
            .contains("kind");
        assertThat(authority().post("/api/v1/facilities/999999/incidents", incident(false)).status()).isEqualTo(404);

        long id = authority().post("/api/v1/facilities/" + talovsky + "/incidents", incident(false)).body()
            .get("incident").get("id").asLong();
        ObjectNode none = Api.object();
        none.put("type", "REQUEST_FOR_ASSISTANCE");
        none.put("incidentVersion", 0);
        Api.Response noRecipients = authority().post("/api/v1/incidents/" + id + "/reports", none);
        assertThat(noRecipients.status()).isEqualTo(400);
        assertThat(fields(noRecipients.body())).contains("pointOfContactIds", "assistance");
        none.putArray("pointOfContactIds").add(987654);
        assertThat(fields(authority().post("/api/v1/incidents/" + id + "/reports", none).body()))
            .contains("pointOfContactIds");

        ObjectNode stale = incident(false);
        stale.put("version", 5);
        assertThat(authority().put("/api/v1/incidents/" + id, stale).status()).isEqualTo(409);
        ObjectNode staleIssue = Api.object();
        staleIssue.put("type", "EARLY_WARNING");
        staleIssue.put("incidentVersion", 3);
        staleIssue.putArray("pointOfContactIds").add(contact("RUS"));
        assertThat(authority().post("/api/v1/incidents/" + id + "/reports", staleIssue).status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report WHERE incident_id = :id").param("id", id)
            .query(Long.class).single()).isZero();

        ObjectNode badContact = Api.object();
        badContact.put("kind", "COUNTRY");
        badContact.put("name", "Two countries");
        badContact.putArray("countries").add("KAZ").add("Atlantis");
        badContact.put("email", "not an address");
        assertThat(fields(authority().post("/api/v1/points-of-contact", badContact).body())).contains("countries",
                "email");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (jakarta.mail.MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String token(String body) {
        Matcher link = Pattern.compile("/incident-receipts/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
