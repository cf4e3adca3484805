package org.tmfsafety.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * The hazard rating list on the shipped demo data, as a new user meets it (issue 17): every facility with any size
 * information rated as an interval despite the gaps of a real inventory, none rated with every input at its worst
 * case, and the transboundary terms taken from the product's own screening.
 */
@IntegrationTest
class DemoRatingIT {

    @Autowired
    JdbcClient jdbc;

    private static List<String> demoCodes() throws IOException {
        try (InputStream in = new ClassPathResource("demo/facilities.json").getInputStream()) {
            JsonNode facilities = JsonMapper.builder().build().readTree(in).get("facilities");
            return StreamSupport.stream(facilities.spliterator(), false).map(f -> f.get("code").asString()).toList();
        }
    }

    private record Rating(String code, double low, double high, String indexClass, Double completeness, String terms) {
    }

    private List<Rating> thi() throws IOException {
        return jdbc.sql("""
                SELECT f.code, r.value_low, r.value, r.index_class, r.completeness, r.terms::text AS terms
                  FROM facility f JOIN facility_rating r ON r.facility_id = f.id AND r.index_code = 'THI'
                 WHERE f.code IN (:codes)
                """)
            .param("codes", demoCodes())
            .query((rs, row) -> new Rating(rs.getString("code"), rs.getDouble("value_low"), rs.getDouble("value"),
                    rs.getString("index_class"), rs.getObject("completeness", Double.class), rs.getString("terms")))
            .list();
    }

    @Test
    void everyDemoFacilityWithAnySizeFactIsRatedAsAnIntervalAndOnlyThose() throws IOException {
        List<String> withSize = jdbc.sql("""
                SELECT code FROM facility WHERE code IN (:codes) AND (stored_volume_m3 > 0 OR design_capacity_m3 > 0
                    OR stored_tonnage_t > 0 OR design_tonnage_t > 0 OR (impoundment_area_ha > 0 AND dam_height_m > 0)
                    OR (annual_ore_throughput_t > 0 AND throughput_years > 0))
                """).param("codes", demoCodes()).query(String.class).list();
        assertThat(thi()).extracting(Rating::code).containsExactlyInAnyOrderElementsOf(withSize);
        assertThat(thi()).allSatisfy(rating -> assertThat(rating.low()).isLessThanOrEqualTo(rating.high()));
    }

    @Test
    void theTransboundaryTermsComeFromTheScreeningUnlessEntered() throws IOException {
        List<Map<String, Object>> terms = jdbc.sql("""
                SELECT f.code, t ->> 'code' AS term, t ->> 'basis' AS basis, t ->> 'basisDetail' AS detail,
                       CAST(tb.result ->> 'snapDistanceKm' AS DOUBLE PRECISION) AS snap
                  FROM facility f
                  JOIN facility_transboundary tb ON tb.facility_id = f.id
                  JOIN facility_rating r ON r.facility_id = f.id AND r.index_code = 'TRI'
                  CROSS JOIN jsonb_array_elements(r.terms) AS t
                 WHERE f.code IN (:codes) AND t ->> 'code' IN ('TRANS', 'DIST')
                   AND f.transboundary_setting IS NULL AND f.distance_to_surface_water_km IS NULL
                """).param("codes", demoCodes()).query().listOfRows();
        assertThat(terms).isNotEmpty().allSatisfy(term -> {
            if ("TRANS".equals(term.get("term")) && term.get("snap") == null) {
                assertThat(term).as(term.get("code") + ": no mapped river, so the screening cannot say \"none\"")
                    .containsEntry("basis", "UNKNOWN");
            }
            else if ("TRANS".equals(term.get("term"))) {
                assertThat(term).containsEntry("basis", "DERIVED").containsEntry("detail", "TRANSBOUNDARY_SCREENING");
            }
            else if (term.get("snap") == null) {
                assertThat(term).as("no river within the snap distance: unknown, not 0 km").containsEntry("basis", "UNKNOWN");
            }
            else {
                assertThat(term).containsEntry("basis", "DERIVED").containsEntry("detail", "SNAP_DISTANCE");
            }
        });
    }

    @Test
    void noDemoFacilityIsRatedWithEveryInputAtItsWorstCase() throws IOException {
        assertThat(thi()).allSatisfy(rating -> {
            assertThat(rating.completeness()).as(rating.code() + " rests partly on known inputs").isPositive();
            assertThat(rating.terms()).as(rating.code() + " has no input replaced by a single worst case")
                .doesNotContainPattern("\"basis\":\\s*\"TREATED_AS\"");
            assertThat(rating.low()).as(rating.code() + " is an interval, not a single worst case").isLessThanOrEqualTo(rating.high());
        });
    }

}
