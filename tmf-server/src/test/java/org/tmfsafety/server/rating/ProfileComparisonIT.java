package org.tmfsafety.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.methodology.index.FacilityRating;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.methodology.size.SizeFacts;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * The profile comparison against an independent computation: every facility the caller may see rated straight from
 * its table row under both built-in profiles with the methodology library (the registry status read as the management
 * term as docs/methodology/hazard-and-risk-index.md says), and translated 400s naming the parameter.
 */
@IntegrationTest
class ProfileComparisonIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static final Map<String, String> MANAGEMENT_FROM_STATUS = Map.of("ACTIVE", "OPERATED_SUPERVISED", "CLOSED",
            "CLOSED_MAINTAINED", "ABANDONED", "NO_RESPONSIBLE_OPERATOR");

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : rs.getDouble(column);
    }

    /** The THI upper-bound class of every facility the scope shows, under one profile; "" when it cannot be rated. */
    private Map<String, String> classes(MethodologyProfile profile, String scope) {
        return classes(profile, scope, true);
    }

    /**
     * The THI class of every unarchived facility the condition selects, under one profile, of the upper or the lower
     * bound; "" when it cannot be rated.
     */
    private Map<String, String> classes(MethodologyProfile profile, String scope, boolean upper) {
        FacilityRating rating = new FacilityRating(profile);
        Map<String, String> classes = new TreeMap<>();
        jdbc.sql("SELECT * FROM facility WHERE archived_at IS NULL AND " + scope)
            .query((ResultSet rs) -> {
                SizeFacts size = new SizeFacts(number(rs, "stored_volume_m3"), number(rs, "design_capacity_m3"),
                        number(rs, "stored_tonnage_t"), number(rs, "design_tonnage_t"), number(rs, "impoundment_area_ha"),
                        number(rs, "dam_height_m"), number(rs, "annual_ore_throughput_t"),
                        rs.getObject("throughput_years") == null ? null : rs.getInt("throughput_years"));
                Map<String, Object> inputs = new HashMap<>();
                inputs.put("waterHazardClass", rs.getString("water_hazard_class"));
                inputs.put("managementStatus", rs.getString("management_status") != null
                        ? rs.getString("management_status") : MANAGEMENT_FROM_STATUS.get(rs.getString("status")));
                inputs.put("floodHazard", rs.getString("flood_hazard"));
                inputs.put("seismicHazard", rs.getString("seismic_hazard"));
                inputs.put("damCondition", rs.getString("dam_condition"));
                String result;
                try {
                    result = rating.rate(size, inputs) instanceof FacilityRating.Rated rated
                            ? upper ? rated.thi().highClass() : rated.thi().lowClass() : "";
                }
                catch (IllegalArgumentException e) {
                    result = "";
                }
                classes.put(rs.getString("code"), result);
            });
        return classes;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void theMatrixCountsWhatRatingEachFacilityUnderBothProfilesGives() {
        MethodologyProfile v1 = ProfileReader.builtIn(1);
        MethodologyProfile v2 = ProfileReader.builtIn(2);
        Response response = new Api(port).asAuthority().get("/api/v1/ratings/profiles/compare");
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        JsonNode comparison = response.body();
        assertThat(comparison.get("from").asString()).isEqualTo("unece-tmf-provisional:1");
        assertThat(comparison.get("to").asString()).isEqualTo("unece-tmf-provisional:2");
        Map<String, String> before = classes(v1, "true");
        Map<String, String> after = classes(v2, "true");
        assertThat(comparison.get("compared").asLong()).isEqualTo(before.size());

        assertMatrix(comparison, "upper", before, after);
        assertMatrix(comparison, "lower", classes(v1, "true", false), classes(v2, "true", false));
        List<String> fromRanks = v1.index("THI").orElseThrow().classes().stream().map(c -> c.code()).toList();
        List<String> toRanks = v2.index("THI").orElseThrow().classes().stream().map(c -> c.code()).toList();
        long up = before.keySet().stream().filter(c -> !before.get(c).isEmpty() && !after.get(c).isEmpty()
                && toRanks.indexOf(after.get(c)) > fromRanks.indexOf(before.get(c))).count();
        long down = before.keySet().stream().filter(c -> !before.get(c).isEmpty() && !after.get(c).isEmpty()
                && toRanks.indexOf(after.get(c)) < fromRanks.indexOf(before.get(c))).count();
        assertThat(comparison.get("up").asLong()).isEqualTo(up);
        assertThat(comparison.get("down").asLong()).isEqualTo(down);
        List<String> changed = before.keySet().stream().filter(code -> !before.get(code).equals(after.get(code))).toList();
        assertThat(list(comparison.get("changes")).stream().map(c -> c.get("code").asString()).toList())
            .containsExactlyElementsOf(changed);
        assertThat(changed).as("v2 rates estimated sizes that v1 cannot rate and moves the limits").isNotEmpty();
        long onlyV2 = before.keySet().stream().filter(c -> before.get(c).isEmpty() && !after.get(c).isEmpty()).count();
        assertThat(comparison.get("onlyTo").asLong()).isEqualTo(onlyV2).isPositive();
        assertThat(list(comparison.get("columns")).get(0).get("label").asString())
            .isEqualTo(v2.index("THI").orElseThrow().classes().get(0).label(java.util.Locale.ENGLISH));
    }

    /** Asserts one of the two matrices (rows: class under "from", columns: class under "to") cell by cell. */
    private static void assertMatrix(JsonNode comparison, String bound, Map<String, String> before,
            Map<String, String> after) {
        List<String> columns = list(comparison.get("columns")).stream().map(c -> c.get("code").asString()).toList();
        Map<String, Long> expected = new HashMap<>();
        before.forEach((code, fromClass) -> expected.merge(fromClass + ">" + after.get(code), 1L, Long::sum));
        long counted = 0;
        for (JsonNode row : list(comparison.get(bound))) {
            List<JsonNode> counts = list(row.get("counts"));
            for (int i = 0; i < counts.size(); i++) {
                String key = row.get("from").get("code").asString() + ">" + columns.get(i);
                assertThat(counts.get(i).asLong()).as(bound + " " + key).isEqualTo(expected.getOrDefault(key, 0L));
                counted += counts.get(i).asLong();
            }
        }
        assertThat(counted).as(bound + ": every facility in one cell").isEqualTo(before.size());
    }

    @Test
    void anOperatorComparesThePublishedFacilitiesAndThoseOfItsOrganisations() {
        long foreign = jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published,
                                      stored_volume_m3)
                SELECT 'COMPARE-FOREIGN', 'Unpublished facility of another operator', 'KAZ', 50, 80, 'ACTIVE', o.id,
                       false, 1000000
                  FROM organisation o
                 WHERE o.kind = 'OPERATOR' AND o.id NOT IN (SELECT uo.organisation_id FROM user_organisation uo
                       JOIN app_user u ON u.id = uo.user_id WHERE u.username = 'operator')
                 ORDER BY o.id LIMIT 1
                RETURNING id""").query(Long.class).single();
        try {
            JsonNode comparison = new Api(port).as("operator", "operator-demo")
                .get("/api/v1/ratings/profiles/compare?index=THI").body();
            String readable = """
                    (published OR operator_id IN (SELECT o.organisation_id FROM user_organisation o
                      JOIN app_user u ON u.id = o.user_id WHERE u.username = 'operator'))""";
            assertThat(comparison.get("compared").asLong())
                .isEqualTo(classes(ProfileReader.builtIn(2), readable).size())
                .isLessThan(classes(ProfileReader.builtIn(2), "true").size());
            assertThat(list(comparison.get("changes")).stream().map(c -> c.get("code").asString()))
                .doesNotContain("COMPARE-FOREIGN");
        }
        finally {
            jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", foreign).update();
        }
    }

    @Test
    void thePublicIsAskedToSignIn() {
        assertThat(new Api(port).get("/api/v1/ratings/profiles/compare").status()).isEqualTo(401);
    }

    @Test
    void anUnknownProfileOrIndexIsA400NamingTheParameter() {
        Api api = new Api(port).asAuthority();
        Response profile = api.get("/api/v1/ratings/profiles/compare?from=unece-tmf-provisional:99",
                "Accept-Language", "ru");
        assertThat(profile.status()).isEqualTo(400);
        assertThat(profile.body().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(profile.body().get("errors").get(0).get("message").asString()).contains("unece-tmf-provisional:99")
            .contains("Встроенного");
        Response index = api.get("/api/v1/ratings/profiles/compare?index=XYZ");
        assertThat(index.status()).isEqualTo(400);
        assertThat(index.body().get("errors").get(0).get("field").asString()).isEqualTo("index");
    }
}
