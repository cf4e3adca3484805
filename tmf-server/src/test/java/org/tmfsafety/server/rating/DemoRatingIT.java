package org.tmfsafety.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.facility.FacilityRatings;
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

    @Autowired
    FacilityRatings ratings;

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                SELECT f.id, f.code FROM facility f JOIN facility_rating r ON r.facility_id = f.id AND r.index_code = 'THI'
                 WHERE f.code IN (:codes)
                """)
            .param("codes", demoCodes())
            .query((rs, row) -> {
                FacilityRatings.StoredRating thi = ratings.ratings(rs.getLong("id")).get(0);
                return new Rating(rs.getString("code"), thi.low(), thi.value(), thi.indexClass(), thi.completeness(),
                        JSON.writeValueAsString(thi.terms()));
            })
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
        List<Map<String, Object>> terms = new ArrayList<>();
        jdbc.sql("""
                SELECT f.id, f.code, CAST(tb.result ->> 'snapDistanceKm' AS DOUBLE PRECISION) AS snap,
                       coalesce(tb.result -> 'downstream' -> 'route' ->> 'reachesNetwork', 'false') = 'true' AS routed
                  FROM facility f JOIN facility_transboundary tb ON tb.facility_id = f.id
                 WHERE f.code IN (:codes) AND f.transboundary_setting IS NULL AND f.distance_to_surface_water_km IS NULL
                """).param("codes", demoCodes()).query().listOfRows().forEach(facility -> ratings
                    .ratings(((Number) facility.get("id")).longValue()).stream()
                    .filter(rating -> rating.index().equals("TRI"))
                    .flatMap(rating -> rating.terms().stream())
                    .filter(term -> term.code().equals("TRANS") || term.code().equals("DIST"))
                    .forEach(term -> {
                        Map<String, Object> row = new HashMap<>();
                        row.put("code", facility.get("code"));
                        row.put("snap", facility.get("snap"));
                        row.put("routed", facility.get("routed"));
                        row.put("term", term.code());
                        row.put("basis", term.basis());
                        row.put("detail", term.basisDetail());
                        terms.add(row);
                    }));
        assertThat(terms).isNotEmpty().allSatisfy(term -> {
            if ("TRANS".equals(term.get("term")) && term.get("snap") == null
                    && !Boolean.TRUE.equals(term.get("routed"))) {
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

    @Test
    void theDerivationShownIsTheOneThatMadeEachStoredRating() {
        List<Long> rated = jdbc.sql("SELECT DISTINCT facility_id FROM facility_rating ORDER BY facility_id")
            .query(Long.class).list();
        assertThat(rated).isNotEmpty();
        for (long id : rated) {
            for (FacilityRatings.StoredRating rating : ratings.ratings(id)) {
                assertThat(rating.terms()).as(id + " " + rating.index()).isNotEmpty();
                assertThat(rating.terms().stream().mapToDouble(t -> t.highPoints()).sum())
                    .as(id + " " + rating.index() + ": the trail's upper points add up to the stored value")
                    .isCloseTo(rating.value(), within(1e-9));
                assertThat(rating.terms().stream().mapToDouble(t -> t.lowPoints()).sum())
                    .as(id + " " + rating.index() + ": and its lower points to the stored lower bound")
                    .isCloseTo(rating.low(), within(1e-9));
            }
        }
    }

}
