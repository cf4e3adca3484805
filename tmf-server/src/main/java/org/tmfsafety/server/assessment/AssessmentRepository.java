package org.tmfsafety.server.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tmfsafety.methodology.checklist.Family;
import org.tmfsafety.methodology.profile.ProfileId;

/** Reads and writes assessments and their answers with plain SQL. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored head of an assessment (without answers). */
    record Head(long id, long facilityId, ProfileId template, Family family, AssessmentStatus status, String startedBy,
            OffsetDateTime startedAt, String submittedBy, OffsetDateTime submittedAt, String result, int version,
            Long previousId) {
    }

    long insert(long facilityId, ProfileId template, Family family, String startedBy, Long previousId) {
        return jdbc.sql("""
                INSERT INTO assessment (facility_id, template_id, template_version, family, started_by,
                                        previous_assessment_id)
                VALUES (:facility, :template, :templateVersion, :family, :by, :previous) RETURNING id""")
            .param("previous", previousId)
            .param("facility", facilityId)
            .param("template", template.id())
            .param("templateVersion", template.version())
            .param("family", family.name())
            .param("by", startedBy)
            .query(Long.class)
            .single();
    }

    /** The head, locked for update when asked (inside a transaction). */
    Optional<Head> find(long id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM assessment WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
            .param("id", id)
            .query(AssessmentRepository::head)
            .optional();
    }

    /** The facility's most recently approved assessment, if any. */
    Optional<Long> latestApproved(long facilityId) {
        return jdbc.sql("""
                SELECT id FROM assessment WHERE facility_id = :id AND status = 'APPROVED'
                 ORDER BY approved_at DESC, id DESC LIMIT 1""")
            .param("id", facilityId)
            .query(Long.class)
            .optional();
    }

    List<Long> idsOfFacility(long facilityId) {
        return jdbc.sql("SELECT id FROM assessment WHERE facility_id = :id ORDER BY started_at DESC, id DESC")
            .param("id", facilityId)
            .query(Long.class)
            .list();
    }

    /** The facilities among the given ones operated by one of the organisations, in the order given. */
    List<Long> facilitiesOperatedBy(List<Long> facilityIds, Set<Long> organisationIds) {
        Set<Long> operated = new HashSet<>(jdbc.sql("""
                SELECT id FROM facility WHERE id = ANY (string_to_array(:ids, ',')::bigint[])
                   AND operator_id IN (:organisations)""")
            .param("ids", String.join(",", facilityIds.stream().map(String::valueOf).toList()))
            .param("organisations", organisationIds)
            .query(Long.class)
            .list());
        return facilityIds.stream().filter(operated::contains).toList();
    }

    /**
     * The overall level of each facility's latest submitted or approved assessment, left out when there is none or
     * when the result records a coverage below the given percentage (a level over a few questions is not the
     * facility's level).
     */
    Map<Long, Double> latestLevels(double minCoverage) {
        Map<Long, Double> levels = new HashMap<>();
        jdbc.sql("""
                SELECT facility_id, overall FROM (
                    SELECT DISTINCT ON (facility_id) facility_id, (result ->> 'overall')::double precision AS overall,
                           (result ->> 'coverage')::double precision AS coverage
                      FROM assessment WHERE status <> 'DRAFT'
                     ORDER BY facility_id, submitted_at DESC, id DESC) latest
                 WHERE coverage IS NULL OR coverage >= :min""")
            .param("min", minCoverage)
            .query(rs -> {
                double overall = rs.getDouble("overall");
                if (!rs.wasNull()) {
                    levels.put(rs.getLong("facility_id"), overall);
                }
            });
        return levels;
    }

    List<AnswerInput> answers(long id) {
        return jdbc.sql("""
                SELECT question_id, answer, evidence, comment FROM assessment_answer
                 WHERE assessment_id = :id ORDER BY question_id""")
            .param("id", id)
            .query((rs, row) -> new AnswerInput(rs.getString("question_id"), rs.getString("answer"),
                    rs.getString("evidence"), rs.getString("comment")))
            .list();
    }

    /** An answer as stored, with who gave it and when. */
    record StoredAnswer(AnswerInput answer, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** The stored answers of an assessment by question, with their authors. */
    Map<String, StoredAnswer> storedAnswers(long id) {
        Map<String, StoredAnswer> stored = new HashMap<>();
        jdbc.sql("""
                SELECT question_id, answer, evidence, comment, updated_by, updated_at FROM assessment_answer
                 WHERE assessment_id = :id""")
            .param("id", id)
            .query(rs -> {
                stored.put(rs.getString("question_id"), new StoredAnswer(new AnswerInput(rs.getString("question_id"),
                        rs.getString("answer"), rs.getString("evidence"), rs.getString("comment")),
                        rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)));
            });
        return stored;
    }

    void saveAnswer(long id, AnswerInput answer, String by) {
        jdbc.sql("""
                INSERT INTO assessment_answer (assessment_id, question_id, answer, evidence, comment, updated_by)
                VALUES (:id, :question, :answer, :evidence, :comment, :by)
                ON CONFLICT (assessment_id, question_id) DO UPDATE SET answer = EXCLUDED.answer,
                       evidence = EXCLUDED.evidence, comment = EXCLUDED.comment, updated_by = EXCLUDED.updated_by,
                       updated_at = now()""")
            .param("id", id)
            .param("question", answer.questionId())
            .param("answer", answer.answer())
            .param("evidence", answer.evidence())
            .param("comment", answer.comment())
            .param("by", by)
            .update();
    }

    void touch(long id) {
        jdbc.sql("UPDATE assessment SET version = version + 1 WHERE id = :id").param("id", id).update();
    }

    void submit(long id, String by, String resultJson) {
        jdbc.sql("""
                UPDATE assessment SET status = 'SUBMITTED', submitted_by = :by, submitted_at = now(),
                       result = CAST(:result AS jsonb), version = version + 1 WHERE id = :id""")
            .param("id", id)
            .param("by", by)
            .param("result", resultJson)
            .update();
    }

    void approve(long id, String by) {
        jdbc.sql("""
                UPDATE assessment SET status = 'APPROVED', approved_by = :by, approved_at = now(), version = version + 1
                 WHERE id = :id""")
            .param("id", id)
            .param("by", by)
            .update();
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong("id"), rs.getLong("facility_id"),
                new ProfileId(rs.getString("template_id"), rs.getInt("template_version")),
                Family.valueOf(rs.getString("family")), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("result"), rs.getInt("version"),
                rs.getObject("previous_assessment_id", Long.class));
    }
}
