package org.tmfsafety.server.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * A closed incident at Talovsky goes into the accident database with its lessons, written in Russian: the record
 * takes the facility's data and the countries the screening named, its severity follows from the release by the
 * rule of every record, it is linked from the incident, and it is made once; an exercise and an open incident are
 * refused, and so is an operator.
 */
@IntegrationTest
class IncidentAccidentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api authority() {
        return new Api(port).asAuthority();
    }

    private static ObjectNode incident(boolean exercise, String status, Integer version) {
        ObjectNode incident = Api.object();
        incident.put("kind", "PIPELINE_SPILL");
        incident.put("exercise", exercise);
        incident.put("occurredAt", OffsetDateTime.of(2026, 5, 14, 3, 30, 0, 0, ZoneOffset.UTC).toString());
        incident.put("status", status);
        incident.put("releaseM3", 150000);
        incident.put("substances", "tailings slurry");
        incident.put("description", "Pipeline rupture");
        if (version != null) {
            incident.put("version", version);
        }
        return incident;
    }

    private static ObjectNode accident(int version) {
        ObjectNode body = Api.object();
        body.put("cause", "STRUCTURAL");
        body.putNull("deaths");
        body.putNull("runoutKm");
        body.putNull("releasedM3");
        body.put("narrative", "Разрыв пульпопровода, хвосты попали в ручей.");
        body.put("lessons", "Проверять пульпопровод ежемесячно\n\n  Аварийная ёмкость у насосной станции  ");
        body.put("incidentVersion", version);
        return body;
    }

    @Test
    void aClosedIncidentBecomesAnAccidentWithItsLessonsOnce() throws Exception {
        long talovsky = jdbc.sql("SELECT id FROM facility WHERE code = 'KZ-0001'").query(Long.class).single();
        Api.Response reported = authority().post("/api/v1/facilities/" + talovsky + "/incidents",
                incident(false, "ONGOING", null));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        long id = reported.body().get("incident").get("id").asLong();
        String path = "/api/v1/incidents/" + id + "/accident";

        assertThat(authority().post(path, accident(0), "Accept-Language", "ru").status()).isEqualTo(409);
        Api.Response closed = authority().put("/api/v1/incidents/" + id, incident(false, "CLOSED", 0));
        assertThat(closed.status()).as(String.valueOf(closed.body())).isEqualTo(200);
        assertThat(new Api(port).as("operator", "operator-demo").post(path, accident(1)).status()).isEqualTo(403);
        ObjectNode noNarrative = accident(1);
        noNarrative.putNull("narrative");
        Api.Response refused = authority().post(path, noNarrative);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("narrative");

        // a refused form comes back with the errors and everything typed
        HttpClient browser = signedIn();
        Document form = get(browser, "/incidents/" + id);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/incidents/" + id + "/accident"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + form.select("#accident-form input[name=_csrf]").attr("value")
                    + "&cause=SEEPAGE&deaths=many&narrative=&lessons=keep&incidentVersion=1"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        Document refusedPage = get(browser, "/incidents/" + id);
        assertThat(refusedPage.select("#accident-errors li")).hasSize(2);
        assertThat(refusedPage.select("#deaths").attr("value")).isEqualTo("many");
        assertThat(refusedPage.select("#cause option[selected]").attr("value")).isEqualTo("SEEPAGE");
        assertThat(refusedPage.select("#lessons").text()).isEqualTo("keep");

        Document before = page("/incidents/" + id);
        assertThat(before.select("#accident-form")).hasSize(1);
        assertThat(before.select("#narrative").text()).isEqualTo("Pipeline rupture");
        assertThat(before.select("#accident-released").attr("value")).isEqualTo("150000");
        assertThat(before.select("#cause option[selected]").attr("value")).isEqualTo("UNKNOWN");

        Api.Response recorded = authority().post(path, accident(1), "Accept-Language", "ru");
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        long accidentId = recorded.body().get("accidentId").asLong();
        assertThat(authority().post(path, accident(2), "Accept-Language", "ru").status()).isEqualTo(409);

        JsonNode stored = new Api(port).get("/api/v1/accidents/" + accidentId).body();
        JsonNode record = stored.has("accident") ? stored.get("accident") : stored;
        assertThat(record.get("origin").asString()).isEqualTo("REGISTRY");
        assertThat(record.get("year").asInt()).isEqualTo(2026);
        assertThat(record.get("country").asString()).isEqualTo("KAZ");
        assertThat(record.get("releasedVolumeM3").asDouble()).isEqualTo(150000);
        // 150 000 m³ released, deaths and run-out unknown: "serious" by the release rule (100 000 m³)
        assertThat(record.get("severity").asString()).isEqualTo("SERIOUS");
        assertThat(record.get("transboundaryCountries").get(0).asString()).isEqualTo("RUS");
        assertThat(record.get("narrative").get("ru").asString()).startsWith("Разрыв пульпопровода");
        JsonNode lessons = stored.get("lessons");
        assertThat(lessons).hasSize(2);
        assertThat(lessons.get(1).get("text").get("ru").asString()).isEqualTo("Аварийная ёмкость у насосной станции");
        assertThat(authority().get("/api/v1/incidents/" + id).body().get("incident").get("accidentId").asLong())
            .isEqualTo(accidentId);

        Document after = page("/incidents/" + id);
        assertThat(after.select("#accident-form")).isEmpty();
        assertThat(after.select("#accident-record-link").attr("href")).isEqualTo("/accidents/" + accidentId);

        long exercise = authority().post("/api/v1/facilities/" + talovsky + "/incidents", incident(true, "CLOSED", null))
            .body().get("incident").get("id").asLong();
        assertThat(authority().post("/api/v1/incidents/" + exercise + "/accident", accident(0)).status()).isEqualTo(409);
    }

    private Document page(String path) throws Exception {
        return get(signedIn(), path);
    }

    private HttpClient signedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, "authority", "authority-demo");
        return browser;
    }

    private Document get(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
