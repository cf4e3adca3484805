package org.tmfsafety.server.convention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Annex I quantities and hazardous-activity notices, the tables this feature owns. */
@Repository
class ConventionRepository {

    private static final String QUANTITY = """
            SELECT id, facility_id, part, code, quantity_tonnes, source, recorded_by, recorded_at FROM annex1_quantity""";

    private static final String NOTICE = """
            SELECT id, facility_id, country, informed_on, reference, recorded_by, recorded_at
              FROM hazardous_activity_notice""";

    private final JdbcClient jdbc;

    ConventionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<Annex1Quantity>> quantities(Collection<Long> facilityIds) {
        return jdbc.sql(QUANTITY + " WHERE facility_id = ANY (string_to_array(:ids, ',')::bigint[]) ORDER BY part, code")
            .param("ids", ids(facilityIds))
            .query(ConventionRepository::quantity)
            .list()
            .stream()
            .collect(Collectors.groupingBy(Annex1Quantity::facilityId));
    }

    Optional<Annex1Quantity> quantity(long facilityId, long id) {
        return jdbc.sql(QUANTITY + " WHERE facility_id = :f AND id = :id")
            .param("f", facilityId)
            .param("id", id)
            .query(ConventionRepository::quantity)
            .optional();
    }

    /**
     * Records a quantity, or replaces the one already recorded for the same entry (the same category or substance
     * is one quantity per facility).
     *
     * @return the quantity's id
     */
    long upsertQuantity(long facilityId, String part, String code, double tonnes, String source, String by) {
        return jdbc.sql("""
                INSERT INTO annex1_quantity (facility_id, part, code, quantity_tonnes, source, recorded_by)
                VALUES (:f, :part, :code, :t, :source, :by)
                ON CONFLICT (facility_id, part, code) DO UPDATE
                   SET quantity_tonnes = excluded.quantity_tonnes, source = excluded.source,
                       recorded_by = excluded.recorded_by, recorded_at = now()
                RETURNING id""")
            .param("f", facilityId)
            .param("part", part)
            .param("code", code)
            .param("t", tonnes)
            .param("source", source)
            .param("by", by)
            .query(Long.class)
            .single();
    }

    Optional<Annex1Quantity> lockQuantity(long facilityId, String part, String code) {
        return jdbc.sql(QUANTITY + " WHERE facility_id = :f AND part = :part AND code = :code FOR UPDATE")
            .param("f", facilityId)
            .param("part", part)
            .param("code", code)
            .query(ConventionRepository::quantity)
            .optional();
    }

    boolean deleteQuantity(long facilityId, long id) {
        return jdbc.sql("DELETE FROM annex1_quantity WHERE facility_id = :f AND id = :id")
            .param("f", facilityId)
            .param("id", id)
            .update() == 1;
    }

    Map<Long, List<HazardousActivityNotice>> notices(Collection<Long> facilityIds) {
        return jdbc.sql(NOTICE + " WHERE facility_id = ANY (string_to_array(:ids, ',')::bigint[]) "
                + "ORDER BY country, informed_on, id")
            .param("ids", ids(facilityIds))
            .query(ConventionRepository::notice)
            .list()
            .stream()
            .collect(Collectors.groupingBy(HazardousActivityNotice::facilityId));
    }

    Optional<HazardousActivityNotice> notice(long facilityId, long id) {
        return jdbc.sql(NOTICE + " WHERE facility_id = :f AND id = :id")
            .param("f", facilityId)
            .param("id", id)
            .query(ConventionRepository::notice)
            .optional();
    }

    long insertNotice(long facilityId, String country, LocalDate informedOn, String reference, String by) {
        return jdbc.sql("""
                INSERT INTO hazardous_activity_notice (facility_id, country, informed_on, reference, recorded_by)
                VALUES (:f, :country, :on, :reference, :by) RETURNING id""")
            .param("f", facilityId)
            .param("country", country)
            .param("on", informedOn)
            .param("reference", reference)
            .param("by", by)
            .query(Long.class)
            .single();
    }

    boolean deleteNotice(long facilityId, long id) {
        return jdbc.sql("DELETE FROM hazardous_activity_notice WHERE facility_id = :f AND id = :id")
            .param("f", facilityId)
            .param("id", id)
            .update() == 1;
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Annex1Quantity quantity(ResultSet rs, int row) throws SQLException {
        return new Annex1Quantity(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("part"), rs.getString("code"),
                rs.getDouble("quantity_tonnes"), rs.getString("source"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static HazardousActivityNotice notice(ResultSet rs, int row) throws SQLException {
        return new HazardousActivityNotice(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("country"),
                rs.getObject("informed_on", LocalDate.class), rs.getString("reference"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
