package org.tmfsafety.server.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes programme measures with plain SQL. */
@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored programme measure (title not yet resolved). */
    record Row(long id, long facilityId, Long assessmentId, String measureId, String customTitle, String term,
            Long responsibleOrganisationId, LocalDate dueDate, ProgrammeStatus status, String dropReason,
            String evidence, String comment, int version, Long responsibleUserId, ProgrammePriority priority) {
    }

    long insert(long facilityId, Long assessmentId, String measureId, String customTitle, String term,
            LocalDate dueDate, ProgrammeStatus status, String dropReason, ProgrammePriority priority, String by) {
        return jdbc.sql("""
                INSERT INTO programme_item (facility_id, assessment_id, measure_id, custom_title, term, due_date, status,
                                            drop_reason, priority, created_by)
                VALUES (:facility, :assessment, :measure, :title, :term, :due, :status, :reason, :priority, :by)
                RETURNING id""")
            .param("priority", priority == null ? null : priority.name())
            .param("facility", facilityId)
            .param("assessment", assessmentId)
            .param("measure", measureId)
            .param("title", customTitle)
            .param("term", term)
            .param("due", dueDate)
            .param("status", status.name())
            .param("reason", dropReason)
            .param("by", by)
            .query(Long.class)
            .single();
    }

    List<Row> ofFacility(long facilityId) {
        return jdbc.sql("""
                SELECT * FROM programme_item WHERE facility_id = :id
                 ORDER BY CASE term WHEN 'SHORT' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, due_date NULLS LAST, id""")
            .param("id", facilityId)
            .query(ProgrammeRepository::row)
            .list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM programme_item WHERE id = :id").param("id", id).query(ProgrammeRepository::row)
            .optional();
    }

    boolean update(Row row) {
        return jdbc.sql("""
                UPDATE programme_item SET status = :status, due_date = :due, responsible_organisation_id = :organisation,
                       evidence = :evidence, comment = :comment, drop_reason = :reason, responsible_user_id = :user,
                       priority = :priority, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version""")
            .param("user", row.responsibleUserId())
            .param("priority", row.priority() == null ? null : row.priority().name())
            .param("status", row.status().name())
            .param("due", row.dueDate())
            .param("organisation", row.responsibleOrganisationId())
            .param("evidence", row.evidence())
            .param("comment", row.comment())
            .param("reason", row.dropReason())
            .param("id", row.id())
            .param("version", row.version())
            .update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("facility_id"), rs.getObject("assessment_id", Long.class),
                rs.getString("measure_id"), rs.getString("custom_title"), rs.getString("term"),
                rs.getObject("responsible_organisation_id", Long.class), rs.getObject("due_date", LocalDate.class),
                ProgrammeStatus.valueOf(rs.getString("status")), rs.getString("drop_reason"), rs.getString("evidence"),
                rs.getString("comment"), rs.getInt("version"), rs.getObject("responsible_user_id", Long.class),
                rs.getString("priority") == null ? null : ProgrammePriority.valueOf(rs.getString("priority")));
    }
}
