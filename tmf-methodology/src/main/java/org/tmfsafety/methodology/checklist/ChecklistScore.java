package org.tmfsafety.methodology.checklist;

import java.util.List;

/**
 * The result of scoring a checklist.
 *
 * @param overallLevel the overall safety level in percent (E7), or null when nothing is applicable
 * @param categories the level of each category, in order of first appearance
 * @param contributions one entry per question: the derivation (E6)
 * @param deficits the questions not fully met, most important first
 * @param unanswered questions without a response, scored as UNKNOWN
 */
public record ChecklistScore(Double overallLevel, List<CategoryLevel> categories, List<Contribution> contributions,
        List<Deficit> deficits, List<String> unanswered) {

    /**
     * A category's safety level.
     *
     * @param category the category
     * @param level percent, or null when no question of it applies
     * @param applicableWeight the sum of the weights of its applicable questions
     */
    public record CategoryLevel(String category, Double level, double applicableWeight) {
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
