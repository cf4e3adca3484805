package org.tmfsafety.server.assessment;

/**
 * One answer as sent and returned by the API.
 *
 * @param questionId the question
 * @param answer YES, PARTLY, NO, NOT_APPLICABLE or UNKNOWN
 * @param evidence DOCUMENTED, OBSERVED or STATED_ONLY (optional; counts as stated only)
 * @param comment optional, at most 4,000 characters
 */
public record AnswerInput(String questionId, String answer, String evidence, String comment) {
}
