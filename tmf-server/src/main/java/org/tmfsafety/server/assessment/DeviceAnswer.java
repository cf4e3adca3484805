package org.tmfsafety.server.assessment;

/**
 * An answer given on a device, possibly while it had no network (offline field mode), with the answer the device
 * last saw on the server for the same question: the server saves it only when it still has what the device saw, so
 * that a change made meanwhile by someone else is never silently overwritten.
 *
 * @param questionId the question
 * @param answer YES, PARTLY, NO, NOT_APPLICABLE or UNKNOWN
 * @param evidence DOCUMENTED, OBSERVED or STATED_ONLY (optional)
 * @param comment optional, at most 4,000 characters
 * @param seen the answer the device last saw on the server; {@code null} when the question had no answer there
 */
public record DeviceAnswer(String questionId, String answer, String evidence, String comment, Seen seen) {

    /**
     * An answer as the device saw it on the server.
     *
     * @param answer the answer
     * @param evidence the evidence level, or {@code null}
     * @param comment the comment, or {@code null}
     */
    public record Seen(String answer, String evidence, String comment) {
    }

    AnswerInput input() {
        return new AnswerInput(questionId, answer, evidence, comment);
    }
}
