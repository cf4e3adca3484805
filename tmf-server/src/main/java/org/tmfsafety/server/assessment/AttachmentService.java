package org.tmfsafety.server.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.UploadedFile;
import org.tmfsafety.server.system.Hashes;

/**
 * Photos and documents attached to the answers of a draft assessment: JPEG, PNG or PDF recognised from the file's
 * first bytes (not from its name or declared type), up to a configurable size; anything else is refused with a
 * message naming the problem, and nothing is stored.
 */
@Service
public class AttachmentService {

    static final String AUDIT_TYPE = "assessment_attachment";

    private final AttachmentRepository attachments;

    private final AssessmentService assessments;

    private final AuditLog audit;

    private final int maxMegabytes;

    AttachmentService(AttachmentRepository attachments, AssessmentService assessments, AuditLog audit,
            @Value("${tmf.assessment.max-attachment-megabytes:10}") int maxMegabytes) {
        this.attachments = attachments;
        this.assessments = assessments;
        this.audit = audit;
        this.maxMegabytes = maxMegabytes;
    }

    /** The largest file accepted, in megabytes. */
    public int maxMegabytes() {
        return maxMegabytes;
    }

    /**
     * Attaches a file to a question of a draft assessment. The same file sent again for the same question (a device
     * retrying an upload whose answer it did not receive) is not stored twice: the attachment already kept is
     * returned.
     */
    @Transactional
    public Attachment attach(long assessmentId, String questionId, String fileName, byte[] data) {
        Set<String> questions = assessments.requireWritable(assessmentId);
        Errors errors = new MapBindingResult(new HashMap<>(), "attachment");
        if (questionId == null || !questions.contains(questionId)) {
            errors.rejectValue("questionId", "assessment.question.unknown", new Object[] { String.valueOf(questionId) },
                    null);
        }
        UploadedFile file = UploadedFile.check(fileName, data, maxMegabytes, false, "assessment.attachment.type", errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        String sha = Hashes.sha256Hex(data);
        Optional<Attachment> kept = attachments.ofAssessment(assessmentId).stream()
            .filter(a -> a.questionId().equals(questionId) && a.sha256().equals(sha))
            .findFirst();
        if (kept.isPresent()) {
            return kept.get();
        }
        long id = attachments.insert(assessmentId, questionId, file.name(), file.contentType(), data, sha,
                assessments.username());
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, Map.of("assessmentId", assessmentId,
                "questionId", questionId, "fileName", file.name(), "sha256", sha));
        return attachments.ofAssessment(assessmentId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The attachments of an assessment the current account may read. */
    public List<Attachment> of(long assessmentId) {
        assessments.get(assessmentId);
        return attachments.ofAssessment(assessmentId);
    }

    /** One attachment with its bytes. */
    public Download download(long assessmentId, long attachmentId) {
        Attachment attachment = of(assessmentId).stream().filter(a -> a.id() == attachmentId).findFirst()
            .orElseThrow(() -> new NotFoundException("problem.notFound.attachment", String.valueOf(attachmentId)));
        return new Download(attachment, attachments.data(assessmentId, attachmentId).orElseThrow());
    }

    /** An attachment and its bytes. */
    public record Download(Attachment attachment, byte[] data) {
    }
}
