package org.tmfsafety.server.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores attachments with their bytes in the database (backed up and access-checked with the rest). */
@Repository
class AttachmentRepository {

    private static final String COLUMNS = "id, assessment_id, question_id, file_name, content_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long assessmentId, String questionId, String fileName, String contentType, byte[] data, String sha256,
            String by) {
        return jdbc.sql("""
                INSERT INTO assessment_attachment (assessment_id, question_id, file_name, content_type, size_bytes, sha256,
                                                   data, uploaded_by)
                VALUES (:assessment, :question, :name, :type, :size, :sha, :data, :by) RETURNING id""")
            .param("assessment", assessmentId)
            .param("question", questionId)
            .param("name", fileName)
            .param("type", contentType)
            .param("size", data.length)
            .param("sha", sha256)
            .param("data", data)
            .param("by", by)
            .query(Long.class)
            .single();
    }

    List<Attachment> ofAssessment(long assessmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_attachment WHERE assessment_id = :id ORDER BY question_id, id")
            .param("id", assessmentId)
            .query((rs, row) -> new Attachment(rs.getLong("id"), rs.getLong("assessment_id"), rs.getString("question_id"),
                    rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                    rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
            .list();
    }

    Optional<byte[]> data(long assessmentId, long attachmentId) {
        return jdbc.sql("SELECT data FROM assessment_attachment WHERE id = :id AND assessment_id = :assessment")
            .param("id", attachmentId)
            .param("assessment", assessmentId)
            .query(byte[].class)
            .optional();
    }
}
