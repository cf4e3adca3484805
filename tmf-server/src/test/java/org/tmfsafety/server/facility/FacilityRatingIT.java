package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/** Every facility is rated from its registry fields, with the profile version, and re-rated when it changes. */
@IntegrationTest
class FacilityRatingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void ratesOnCreateAndUpdateWithTheProfileVersionAndTheTrail() {
        Api authority = new Api(port).asAuthority();
        ObjectNode facility = FacilityApiIT.aFacility("Rated facility");
        facility.put("storedVolumeM3", 1_000_000);
        facility.put("waterHazardClass", "WGK3");
        facility.put("managementStatus", "OPERATED_SUPERVISED");
        facility.put("floodHazard", "OUTSIDE_FLOOD_AREA");
        facility.put("seismicHazard", "LOW");
        facility.put("damCondition", "NO_DEFICIENCIES");
        facility.put("populationAtRisk", 50);
        facility.put("drinkingWaterAbstraction", false);
        facility.put("protectedAreaDownstream", false);
        facility.put("transboundarySetting", "NONE");
        facility.put("distanceToSurfaceWaterKm", 2.0);
        JsonNode created = authority.post("/api/v1/facilities", facility).body();
        long id = created.get("id").asLong();
        assertThat(created.get("thi").asDouble()).isCloseTo(9.0, within(1e-9));
        assertThat(created.get("hazardClass").asString()).isEqualTo("MEDIUM");
        assertThat(created.get("tri").asDouble()).isCloseTo(9 + 2 + 0 + 0 + 0 + 1, within(1e-9));
        assertThat(created.get("riskClass").asString()).as("12 lies on the LOW/MEDIUM limit").isEqualTo("MEDIUM");
        assertThat(created.get("managementStatus").asString()).isEqualTo("OPERATED_SUPERVISED");

        List<JsonNode> ratings = list(authority.get("/api/v1/facilities/" + id + "/ratings").body());
        assertThat(ratings).extracting(r -> r.get("index").asString()).containsExactly("THI", "TRI");
        assertThat(ratings.get(0).get("profileId").asString()).isEqualTo("unece-tmf-provisional");
        assertThat(ratings.get(0).get("profileVersion").asInt()).isEqualTo(2);
        assertThat(ratings.get(0).get("completeness").asDouble()).as("every input known").isCloseTo(1.0, within(1e-9));
        assertThat(ratings.get(0).get("low").asDouble()).isCloseTo(9.0, within(1e-9));
        assertThat(list(ratings.get(1).get("terms"))).hasSize(11);

        ObjectNode change = (ObjectNode) created.deepCopy();
        change.put("damCondition", "CRITICAL");
        change.remove("seismicHazard");
        JsonNode updated = authority.put("/api/v1/facilities/" + id, change).body();
        assertThat(updated.get("thi").asDouble()).as("critical dam +2, unknown seismicity at worst HIGH +2").isCloseTo(13.0, within(1e-9));
        assertThat(updated.get("thiLow").asDouble()).as("critical dam +2, unknown seismicity at best LOW +0").isCloseTo(11.0, within(1e-9));
        assertThat(updated.get("hazardClass").asString()).as("v2: 12 <= 13 < 15").isEqualTo("HIGH");
        assertThat(updated.get("hazardClassLow").asString()).as("v2: 9 <= 11 < 12").isEqualTo("MEDIUM");
        JsonNode thi = list(authority.get("/api/v1/facilities/" + id + "/ratings").body()).get(0);
        JsonNode seismic = list(thi.get("terms")).stream().filter(t -> t.get("code").asString().equals("SEIS")).findFirst()
            .orElseThrow();
        assertThat(seismic.get("basis").asString()).isEqualTo("UNKNOWN");
        assertThat(seismic.get("lowPoints").asDouble()).isZero();
        assertThat(seismic.get("highPoints").asDouble()).isEqualTo(2.0);
        JsonNode tightener = thi.get("tighteners").get(0);
        assertThat(tightener.get("input").asString()).isEqualTo("seismicHazard");
        assertThat(tightener.get("swing").asDouble()).isEqualTo(2.0);
        assertThat(tightener.get("couldChangeClass").asBoolean()).isTrue();
    }

    private static JsonNode term(JsonNode rating, String code) {
        return list(rating.get("terms")).stream().filter(t -> t.get("code").asString().equals(code)).findFirst()
            .orElseThrow();
    }

    @Test
    void theManagementTermIsReadFromTheRegistryStatusWhereItsDefinitionSaysItAndAnEnteredValueWins() {
        Api authority = new Api(port).asAuthority();
        Map<String, Object[]> expected = Map.of(
                "ACTIVE", new Object[] { "DERIVED", "REGISTRY_STATUS_ACTIVE", 0.0, 0.0 },
                "CLOSED", new Object[] { "DERIVED", "REGISTRY_STATUS_CLOSED", 1.0, 1.0 },
                "ABANDONED", new Object[] { "DERIVED", "REGISTRY_STATUS_ABANDONED", 2.0, 2.0 },
                "INACTIVE", new Object[] { "UNKNOWN", null, 0.0, 2.0 },
                "TEMPORARILY_CLOSED", new Object[] { "UNKNOWN", null, 0.0, 2.0 });
        expected.forEach((status, want) -> {
            ObjectNode facility = FacilityApiIT.aFacility("Management from status " + status);
            facility.put("status", status);
            long id = authority.post("/api/v1/facilities", facility).body().get("id").asLong();
            JsonNode man = term(list(authority.get("/api/v1/facilities/" + id + "/ratings").body()).get(0), "MAN");
            assertThat(man.get("basis").asString()).as(status).isEqualTo(want[0]);
            assertThat(man.path("basisDetail").isMissingNode() || man.get("basisDetail").isNull() ? null
                    : man.get("basisDetail").asString()).as(status).isEqualTo(want[1]);
            assertThat(man.get("lowPoints").asDouble()).as(status).isEqualTo((Double) want[2]);
            assertThat(man.get("highPoints").asDouble()).as(status).isEqualTo((Double) want[3]);
        });
        ObjectNode entered = FacilityApiIT.aFacility("Management entered");
        entered.put("managementStatus", "NO_RESPONSIBLE_OPERATOR");
        long id = authority.post("/api/v1/facilities", entered).body().get("id").asLong();
        JsonNode man = term(list(authority.get("/api/v1/facilities/" + id + "/ratings").body()).get(0), "MAN");
        assertThat(man.get("basis").asString()).as("an active facility whose user says it has no operator")
            .isEqualTo("INPUT");
        assertThat(man.get("highPoints").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aFacilityWithoutStoredVolumeIsNotRatedAndSaysNothingElse() {
        Api authority = new Api(port).asAuthority();
        ObjectNode facility = FacilityApiIT.aFacility("Unrated facility");
        facility.remove("storedVolumeM3");
        JsonNode created = authority.post("/api/v1/facilities", facility).body();
        assertThat(created.get("thi").isNull()).isTrue();
        assertThat(authority.get("/api/v1/facilities/" + created.get("id").asLong() + "/ratings").body().size()).isZero();
    }

    @Test
    void aFacilityKnownOnlyByItsStoredTonnageIsRatedOnAnEstimatedVolumeInterval() {
        Api authority = new Api(port).asAuthority();
        ObjectNode facility = FacilityApiIT.aFacility("Tonnage-only facility");
        facility.remove("storedVolumeM3");
        facility.put("storedTonnageT", 3_923_900);
        JsonNode created = authority.post("/api/v1/facilities", facility).body();
        assertThat(created.get("storedTonnageT").asDouble()).isEqualTo(3_923_900);
        JsonNode thi = list(authority.get("/api/v1/facilities/" + created.get("id").asLong() + "/ratings").body()).get(0);
        JsonNode capacity = list(thi.get("terms")).stream().filter(t -> t.get("code").asString().equals("CAP")).findFirst()
            .orElseThrow();
        assertThat(capacity.get("basis").asString()).isEqualTo("ESTIMATE");
        assertThat(capacity.get("basisDetail").asString()).isEqualTo("STORED_TONNAGE");
        // 3,923,900 t over the v2 dry density range 1.2 to 1.7 t/m³
        assertThat(capacity.get("valueLow").asDouble()).isCloseTo(3_923_900 / 1.7, within(1.0));
        assertThat(capacity.get("valueHigh").asDouble()).isCloseTo(3_923_900 / 1.2, within(1.0));
        assertThat(capacity.get("lowPoints").asDouble()).isCloseTo(Math.log10(3_923_900 / 1.7), within(1e-9));
        assertThat(capacity.get("highPoints").asDouble()).isCloseTo(Math.log10(3_923_900 / 1.2), within(1e-9));

        ObjectNode bad = FacilityApiIT.aFacility("Negative tonnage");
        bad.put("storedTonnageT", -1);
        var refused = authority.post("/api/v1/facilities", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("storedTonnageT");
    }

    @Test
    void demoFacilitiesWithAVolumeAreRatedAndSortableByIndex() {
        long withVolume = jdbc.sql("SELECT count(*) FROM facility WHERE stored_volume_m3 IS NOT NULL AND code NOT LIKE 'MATRIX-%'")
            .query(Long.class).single();
        long rated = jdbc.sql("SELECT count(*) FROM facility_rating WHERE index_code = 'THI'").query(Long.class).single();
        assertThat(rated).isGreaterThanOrEqualTo(withVolume).isPositive();
        List<JsonNode> ranked = list(new Api(port).get("/api/v1/facilities?sort=thi,desc&size=200").body().get("items"));
        List<Double> values = ranked.stream().filter(f -> !f.get("thi").isNull()).map(f -> f.get("thi").asDouble()).toList();
        assertThat(values).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

}
