package org.tmfsafety.server.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What became of answers sent from a device: the questions saved, and those whose answer was changed on the server
 * after the device last saw it (conflicts, not saved; the inspector decides).
 *
 * @param answered applicable questions answered on the server now
 * @param questions applicable questions of the assessment
 * @param saved the questions saved
 * @param conflicts the questions not saved, with the server's answer
 */
public record SyncResult(int answered, int questions, List<String> saved,
        List<Conflict> conflicts) {

    /**
     * An answer changed on the server since the device last saw it.
     *
     * @param questionId the question
     * @param answer the server's answer
     * @param evidence the server's evidence level, or {@code null}
     * @param comment the server's comment, or {@code null}
     * @param changedBy who gave the server's answer (account name)
     * @param changedAt when
     */
    public record Conflict(String questionId, String answer, String evidence, String comment, String changedBy,
            OffsetDateTime changedAt) {
    }
}
