package org.tmfsafety.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.DebianPostgres;
import org.tmfsafety.server.support.ServerNode;

/**
 * Two server processes playing two countries, each with its own database: Kyrgyzstan upstream, Kazakhstan
 * downstream. Kazakhstan pulls Kyrgyzstan's published registry and lists the Kyrgyz facilities whose downstream path
 * enters Kazakhstan as upstream threats, with the distance and travel time to its border; an incident at one of them is
 * reported in Kyrgyzstan, its early warning issued to Kazakhstan's point of contact reaches Kazakhstan's instance
 * signed, is acknowledged there, and the acknowledgement reaches back to the Kyrgyz report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoCountriesIT {

    /** The secret the two instances share for signing notifications (each administrator enters it). */
    private static final String SECRET = "kgz-kaz-exchange-secret-0123456789abcdef";

    private ServerNode kyrgyzstan;

    private ServerNode kazakhstan;

    @BeforeAll
    void startTwoCountries() throws Exception {
        Assumptions.assumeTrue(DebianPostgres.available(), DebianPostgres.MISSING);
        Assumptions.assumeTrue(ServerNode.jar().isPresent(), "Skipped: the application is not packaged (run mvn verify)");
        kyrgyzstan = ServerNode.start("kgz", settings("KGZ", DebianPostgres.shared().createDatabase("tmf_country_kgz")));
        kazakhstan = ServerNode.start("kaz", settings("KAZ", DebianPostgres.shared().createDatabase("tmf_country_kaz")));
    }

    private static List<String> settings(String country, String database) {
        return List.of("spring.datasource.url=" + database, "spring.datasource.username=" + DebianPostgres.USER,
                "spring.datasource.password=", "tmf.demo-data.enabled=true", "tmf.exchange.country=" + country,
                "tmf.base-url=http://localhost:{port}", "tmf.jobs.initial-delay=PT10M");
    }

    @AfterAll
    void stop() throws Exception {
        if (kazakhstan != null) {
            kazakhstan.close();
        }
        if (kyrgyzstan != null) {
            kyrgyzstan.close();
        }
    }

    private static Api admin(ServerNode node) {
        return Api.at(node.url("")).as("admin", "admin-demo");
    }

    private static Api authority(ServerNode node) {
        return Api.at(node.url("")).asAuthority();
    }

    private static void name(ServerNode at, String country, ServerNode neighbour) {
        ObjectNode input = Api.object();
        input.put("name", country + " registry");
        input.put("country", country);
        input.put("baseUrl", neighbour.url(""));
        input.put("signingSecret", SECRET);
        Api.Response created = admin(at).post("/api/v1/exchange/neighbours", input);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    }

    @Test
    void anUpstreamIncidentIsNotifiedDownstreamAndAcknowledgedBack() throws Exception {
        name(kazakhstan, "KGZ", kyrgyzstan);
        name(kyrgyzstan, "KAZ", kazakhstan);

        Api.Response pulled = admin(kazakhstan).post("/api/v1/exchange/pull", Api.object());
        assertThat(pulled.status()).as(String.valueOf(pulled.body())).isEqualTo(200);
        JsonNode state = pulled.body().get(0);
        assertThat(state.get("lastErrorKey").isNull()).as(state.toString()).isTrue();
        assertThat(state.get("lastSuccessAt").isNull()).isFalse();

        JsonNode pulledFacilities = Api.at(kazakhstan.url("")).get("/api/v1/exchange/facilities").body();
        List<String> countries = new ArrayList<>();
        pulledFacilities.forEach(f -> countries.add(f.get("country").asString()));
        assertThat(countries).as("a registry speaks for its own country only").isNotEmpty().containsOnly("KGZ");

        JsonNode threats = Api.at(kazakhstan.url("")).get("/api/v1/exchange/upstream-threats").body();
        assertThat(threats.get("country").asString()).isEqualTo("KAZ");
        assertThat(threats.get("items").size()).as(threats.toString()).isPositive();
        JsonNode threat = threats.get("items").get(0);
        assertThat(threat.get("entersOwnCountry").asBoolean()).isTrue();
        assertThat(threat.get("country").asString()).isEqualTo("KGZ");
        double kmToBorder = threat.get("kmToOwnBorder").asDouble();
        assertThat(kmToBorder).isPositive();
        // travel time = distance / velocity, at the configured 1.5 m/s (fastest) and 0.3 m/s (slowest)
        assertThat(threat.get("hoursToOwnBorderMin").asDouble()).isCloseTo(kmToBorder * 1000 / 1.5 / 3600,
                within(0.01));
        assertThat(threat.get("hoursToOwnBorderMax").asDouble()).isCloseTo(kmToBorder * 1000 / 0.3 / 3600,
                within(0.01));
        long upstreamFacility = threat.get("remoteId").asLong();

        ObjectNode incident = Api.object();
        incident.put("kind", "DAM_FAILURE");
        incident.put("exercise", true);
        incident.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0).toString());
        incident.put("status", "ONGOING");
        incident.put("releaseM3", 12000.0);
        incident.put("substances", "uranium tailings; arsenic");
        incident.put("measures", "Spillway blocked; downstream villages warned");
        incident.put("contact", "Duty officer, Ministry of Emergency Situations");
        Api.Response reported = authority(kyrgyzstan).post("/api/v1/facilities/" + upstreamFacility + "/incidents",
                incident);
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        long incidentId = reported.body().get("incident").get("id").asLong();

        JsonNode draft = authority(kyrgyzstan).get("/api/v1/incidents/" + incidentId + "/draft").body();
        List<String> affected = new ArrayList<>();
        draft.get("report").get("facts").get("affectedCountries").forEach(c -> affected.add(c.asString()));
        assertThat(affected).contains("KAZ");
        ObjectNode issue = Api.object();
        issue.put("type", "EARLY_WARNING");
        issue.put("incidentVersion", 0);
        draft.get("proposed").forEach(c -> {
            if ("COUNTRY".equals(c.get("kind").asString()) && c.get("countries").get(0).asString().equals("KAZ")) {
                issue.withArray("pointOfContactIds").add(c.get("id").asLong());
            }
        });
        assertThat(issue.withArray("pointOfContactIds").size()).as(draft.get("proposed").toString()).isEqualTo(1);
        Api.Response issued = authority(kyrgyzstan).post("/api/v1/incidents/" + incidentId + "/reports", issue);
        assertThat(issued.status()).as(String.valueOf(issued.body())).isEqualTo(201);
        JsonNode recipient = issued.body().get("recipients").get(0);
        assertThat(recipient.get("instanceCountry").asString()).isEqualTo("KAZ");

        JsonNode received = awaitNotification(authority(kazakhstan));
        assertThat(received.get("senderCountry").asString()).isEqualTo("KGZ");
        assertThat(received.get("reportType").asString()).isEqualTo("EARLY_WARNING");
        assertThat(received.get("exercise").asBoolean()).isTrue();
        assertThat(received.get("facilityCountry").asString()).isEqualTo("KGZ");
        assertThat(received.get("estimatedReleaseM3").asDouble()).isEqualTo(12000.0);
        assertThat(received.get("substances").asString()).isEqualTo("uranium tailings; arsenic");
        JsonNode facts = issued.body().get("report").get("facts");
        if ("KAZ".equals(facts.path("crossing").path("country").asString(""))) {
            assertThat(received.get("kmToBorder").asDouble()).isEqualTo(facts.get("kmToBorder").asDouble());
            assertThat(received.get("etaHoursMin").asDouble()).isEqualTo(facts.get("shortestHours").asDouble());
            assertThat(received.get("etaHoursMax").asDouble()).isEqualTo(facts.get("longestHours").asDouble());
        }
        else {
            assertThat(received.get("kmToBorder").isNull()).as("no crossing into Kazakhstan first: unknown").isTrue();
        }
        assertThat(received.toString()).doesNotContain("incident-receipts");

        ObjectNode acknowledgement = Api.object();
        acknowledgement.put("version", received.get("version").asInt());
        acknowledgement.put("note", "Received; KazHydroMet alerted");
        Api.Response acknowledged = authority(kazakhstan).post("/api/v1/exchange/incoming-notifications/"
                + received.get("id").asLong() + "/acknowledgement", acknowledgement);
        assertThat(acknowledged.status()).as(String.valueOf(acknowledged.body())).isEqualTo(200);
        assertThat(acknowledged.body().get("receiptState").asString()).isEqualTo("DELIVERED");

        JsonNode upstream = authority(kyrgyzstan).get("/api/v1/incidents/" + incidentId).body();
        JsonNode back = upstream.get("reports").get(0).get("recipients").get(0);
        assertThat(back.get("instanceStatus").asString()).isEqualTo("DELIVERED");
        assertThat(back.get("acknowledgedAt").isNull()).isFalse();
        assertThat(back.get("acknowledgedBy").asString()).endsWith("KAZ");
        assertThat(back.get("acknowledgementNote").asString()).isEqualTo("Received; KazHydroMet alerted");

        Api.Response forged = Api.at(kazakhstan.url("")).post("/api/v1/exchange/incoming-notifications",
                Api.object().put("number", "KGZ-1-9"), "X-TMF-Neighbour", "KGZ", "X-TMF-Signature",
                "sha256=00");
        assertThat(forged.status()).as("a notification not signed with the shared secret").isEqualTo(401);
    }

    /** The first incoming notification at the instance, waiting at most 30 s for it. */
    private static JsonNode awaitNotification(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode list = api.get("/api/v1/exchange/incoming-notifications").body();
            if (list.size() > 0 || System.nanoTime() > deadline) {
                assertThat(list.size()).as("incoming notifications").isEqualTo(1);
                return list.get(0);
            }
            Thread.sleep(250);
        }
    }
}
