package org.tmfsafety.server.assessment;

import java.time.OffsetDateTime;

/**
 * A photo or document attached to an answer.
 *
 * @param id its id
 * @param assessmentId the assessment
 * @param questionId the question it documents
 * @param fileName the uploaded file's name
 * @param contentType image/jpeg, image/png or application/pdf (recognised from the content)
 * @param sizeBytes its size
 * @param sha256 its SHA-256
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record Attachment(long id, long assessmentId, String questionId, String fileName, String contentType,
        int sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
