package org.tmfsafety.methodology.checklist;

import java.util.List;

/**
 * The result of scoring a checklist.
 *
 * @param overallLevel the overall safety level in percent (E7) over the answered applicable questions, or null when
 * none is answered or nothing applies
 * @param coverage the percentage of the applicable questions that are answered (E7a), or null when nothing applies
 * @param answered the number of answered applicable questions (UNKNOWN included)
 * @param notAssessed the number of questions without a response
 * @param categories the level of each category, in order of first appearance
 * @param contributions one entry per answered question: the derivation (E6)
 * @param deficits the answered questions not fully met, most important first
 * @param unanswered questions without a response: not assessed, neither deficits nor part of a level
 */
public record ChecklistScore(Double overallLevel, Double coverage, int answered, int notAssessed,
        List<CategoryLevel> categories, List<Contribution> contributions, List<Deficit> deficits,
        List<String> unanswered) {

    /**
     * A category's safety level.
     *
     * @param category the category
     * @param level percent, or null when no applicable question of it is answered ("not assessed") or none applies
     * @param applicableWeight the sum of the weights of its answered applicable questions (the denominator)
     * @param answered the number of its answered applicable questions
     * @param notAssessed the number of its questions without a response
     * @param coverage answered ÷ (answered + not assessed) in percent, or null when none of its questions applies
     */
    public record CategoryLevel(String category, Double level, double applicableWeight, int answered, int notAssessed,
            Double coverage) {
    }

    /**
     * How one question counted.
     *
     * @param questionId the question
     * @param answer the answer used
     * @param evidence the evidence used
     * @param answerFraction the answer's fraction a
     * @param evidenceFactor the evidence factor c
     * @param weight the weight w
     * @param points w·a·c, or 0 for a question that does not apply
     * @param applicable false for NOT_APPLICABLE
     */
    public record Contribution(String questionId, Answer answer, Evidence evidence, double answerFraction,
            double evidenceFactor, double weight, double points, boolean applicable) {
    }

    /**
     * A question not fully met.
     *
     * @param questionId the question
     * @param category its category
     * @param gap w·(1 − a·c): how much it misses, by weight
     * @param measureIds the measures linked to it
     */
    public record Deficit(String questionId, String category, double gap, List<String> measureIds) {
    }

}
