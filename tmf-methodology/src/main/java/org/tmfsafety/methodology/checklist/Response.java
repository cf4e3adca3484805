package org.tmfsafety.methodology.checklist;

/**
 * The answer given to one question.
 *
 * @param questionId the question
 * @param answer the answer
 * @param evidence how it is supported; null counts as {@link Evidence#STATED_ONLY}
 */
public record Response(String questionId, Answer answer, Evidence evidence) {
}
