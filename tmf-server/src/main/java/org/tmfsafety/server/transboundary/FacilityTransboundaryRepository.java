package org.tmfsafety.server.transboundary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored transboundary result of each facility (the API response as JSON, plus columns to filter on). */
@Repository
class FacilityTransboundaryRepository {

    private final JdbcClient jdbc;

    FacilityTransboundaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A facility's position. */
    record Site(long id, double latitude, double longitude) {
    }

    void save(long facilityId, String basis, TransboundaryResponse result, String json) {
        jdbc.sql("""
                INSERT INTO facility_transboundary (facility_id, basis, potential_effect, border_distance_km,
                       nearest_foreign_country, first_foreign_country, along_river_km_to_border, result, computed_at,
                       verdict, undetermined)
                VALUES (:id, :basis, :effect, :border, :nearest, :first, :along, CAST(:result AS jsonb), :at, :verdict,
                        :undetermined)
                ON CONFLICT (facility_id) DO UPDATE SET basis = EXCLUDED.basis,
                       potential_effect = EXCLUDED.potential_effect, border_distance_km = EXCLUDED.border_distance_km,
                       verdict = EXCLUDED.verdict, undetermined = EXCLUDED.undetermined,
                       nearest_foreign_country = EXCLUDED.nearest_foreign_country,
                       first_foreign_country = EXCLUDED.first_foreign_country,
                       along_river_km_to_border = EXCLUDED.along_river_km_to_border, result = EXCLUDED.result,
                       computed_at = EXCLUDED.computed_at
                """)
            .param("id", facilityId)
            .param("basis", basis)
            .param("effect", result.potentialTransboundaryEffect())
            .param("verdict", result.verdict().name())
            .param("undetermined", result.undetermined() == null ? null : result.undetermined().name())
            .param("border", result.borderDistanceKm())
            .param("nearest", result.nearestForeignCountry())
            .param("first", result.downstream() == null ? null : result.downstream().firstForeignCountry())
            .param("along", result.downstream() == null ? null : result.downstream().alongRiverKmToBorder())
            .param("result", json)
            .param("at", result.computedAt())
            .update();
    }

    Optional<String> result(long facilityId) {
        return jdbc.sql("SELECT result::text FROM facility_transboundary WHERE facility_id = :id")
            .param("id", facilityId)
            .query(String.class)
            .optional();
    }

    /** The stored results of the given facilities, by facility id. */
    Map<Long, String> results(Collection<Long> facilityIds) {
        Map<Long, String> results = new LinkedHashMap<>();
        if (facilityIds.isEmpty()) {
            return results;
        }
        jdbc.sql("SELECT facility_id, result::text AS result FROM facility_transboundary WHERE facility_id IN (:ids)"
                + " ORDER BY facility_id")
            .param("ids", facilityIds)
            .query(rs -> {
                results.put(rs.getLong("facility_id"), rs.getString("result"));
            });
        return results;
    }

    /** Facilities without a result or with one computed on another basis. */
    List<Site> stale(String basis) {
        return jdbc.sql("""
                SELECT f.id, f.latitude, f.longitude FROM facility f
                  LEFT JOIN facility_transboundary t ON t.facility_id = f.id
                 WHERE t.basis IS DISTINCT FROM :basis ORDER BY f.id""")
            .param("basis", basis)
            .query((rs, row) -> new Site(rs.getLong("id"), rs.getDouble("latitude"), rs.getDouble("longitude")))
            .list();
    }
}
