package org.tmfsafety.server.assessment;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.checklist.ChecklistQuestion;

/**
 * Every question an assessment asks with what the inspector recorded: the answer (or none), the evidence, the
 * comment and the photos and documents attached, and for a follow-up the answer of the assessment it follows, for
 * the result page and the PDF alike.
 */
@Component
class AnswerSheet {

    /** Photos up to this size are printed in the PDF; larger ones are named. */
    static final int MAX_PRINTED_PHOTO_BYTES = 1_500_000;

    private final AssessmentService assessments;

    private final AttachmentService attachments;

    private final AttachmentRepository stored;

    AnswerSheet(AssessmentService assessments, AttachmentService attachments, AttachmentRepository stored) {
        this.assessments = assessments;
        this.attachments = attachments;
        this.stored = stored;
    }

    /**
     * One question with what was recorded.
     *
     * @param answer the answer's name, or null when the question was not answered
     * @param evidence the evidence's name, or null when not given
     * @param files the files attached to the answer
     * @param previousAnswer what the assessment a follow-up follows answered, or null (no answer then, or not a
     * follow-up)
     */
    record Line(ChecklistQuestion question, String answer, String evidence, String comment, List<File> files,
            String previousAnswer) {

        /** Whether a follow-up's answer differs from the one it follows. */
        public boolean changed() {
            return previousAnswer != null && !previousAnswer.equals(answer);
        }
    }

    /**
     * A file attached to an answer.
     *
     * @param printable a data URI of the photo for the PDF, or null for a document or a large photo
     */
    record File(Attachment attachment, boolean image, String printable) {
    }

    /** The lines of an assessment the current account may read, in the order of its questionnaire. */
    List<Line> lines(Assessment assessment, boolean forPrint) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        assessment.answers().forEach(answer -> answers.put(answer.questionId(), answer));
        Map<String, List<File>> files = new LinkedHashMap<>();
        // the list is read (and the reader checked) once; the photos' bytes then come straight from the table
        for (Attachment attachment : attachments.of(assessment.id())) {
            boolean image = attachment.contentType().startsWith("image/");
            String printable = null;
            if (forPrint && image && attachment.sizeBytes() <= MAX_PRINTED_PHOTO_BYTES) {
                printable = stored.data(assessment.id(), attachment.id())
                    .map(data -> "data:" + attachment.contentType() + ";base64," + Base64.getEncoder().encodeToString(data))
                    .orElse(null);
            }
            files.computeIfAbsent(attachment.questionId(), q -> new ArrayList<>())
                .add(new File(attachment, image, printable));
        }
        Map<String, AnswerInput> previous = assessments.previousAnswers(assessment);
        List<Line> lines = new ArrayList<>();
        for (ChecklistQuestion question : assessments.applicable(assessment)) {
            AnswerInput answer = answers.get(question.id());
            AnswerInput before = previous.get(question.id());
            lines.add(new Line(question, answer == null ? null : answer.answer(), answer == null ? null : answer.evidence(),
                    answer == null || answer.comment() == null || answer.comment().isBlank() ? null : answer.comment(),
                    files.getOrDefault(question.id(), List.of()), before == null ? null : before.answer()));
        }
        return lines;
    }
}
