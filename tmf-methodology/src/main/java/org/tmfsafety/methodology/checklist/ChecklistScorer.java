package org.tmfsafety.methodology.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores answers to a checklist (E6, E7, E7a): a question contributes w·a·c, where a is its answer's fraction
 * and c its evidence factor; the safety level of a category is 100·Σ(w·a·c)/Σw over its answered applicable
 * questions, and the overall level the same over all of them. NOT_APPLICABLE leaves the denominator. A question
 * without a response is <em>not assessed</em>: it is neither a deficit nor part of a level, and the coverage
 * (answered ÷ (answered + not assessed), N/A out of both) says how much of the checklist a level rests on. UNKNOWN
 * is an answer: an information gap, scored with its fraction.
 */
public final class ChecklistScorer {

    private final ChecklistRules rules;

    public ChecklistScorer(ChecklistRules rules) {
        this.rules = rules;
    }

    /**
     * Scores.
     * @param questions the checklist, with unique ids and positive weights
     * @param responses the answers; at most one per question, each to a question of the checklist
     * @throws IllegalArgumentException naming the offending question id
     */
    public ChecklistScore score(List<Question> questions, List<Response> responses) {
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question question : questions) {
            if (!(question.weight() > 0) || byId.put(question.id(), question) != null) {
                throw new IllegalArgumentException(question.id());
            }
        }
        Map<String, Response> answered = new HashMap<>();
        for (Response response : responses) {
            if (!byId.containsKey(response.questionId()) || answered.put(response.questionId(), response) != null
                    || response.answer() == null) {
                throw new IllegalArgumentException(response.questionId());
            }
        }
        List<ChecklistScore.Contribution> contributions = new ArrayList<>();
        List<ChecklistScore.Deficit> deficits = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        Map<String, Sums> categories = new LinkedHashMap<>();
        Sums overall = new Sums();
        for (Question question : byId.values()) {
            Response response = answered.get(question.id());
            Sums category = categories.computeIfAbsent(question.category(), c -> new Sums());
            if (response == null) {
                unanswered.add(question.id());
                category.notAssessed++;
                overall.notAssessed++;
                continue;
            }
            Answer answer = response.answer();
            Evidence evidence = response.evidence() == null ? Evidence.STATED_ONLY : response.evidence();
            if (answer == Answer.NOT_APPLICABLE) {
                contributions.add(new ChecklistScore.Contribution(question.id(), answer, evidence, 0, 0, question.weight(), 0,
                        false));
                continue;
            }
            double fraction = rules.answerFractions().get(answer);
            double factor = rules.evidenceFactors().get(evidence);
            double earned = question.weight() * fraction * factor;
            contributions.add(new ChecklistScore.Contribution(question.id(), answer, evidence, fraction, factor,
                    question.weight(), earned, true));
            category.add(earned, question.weight());
            overall.add(earned, question.weight());
            if (fraction * factor < 1) {
                deficits.add(new ChecklistScore.Deficit(question.id(), question.category(),
                        question.weight() * (1 - fraction * factor), question.measureIds()));
            }
        }
        List<ChecklistScore.CategoryLevel> levels = new ArrayList<>();
        categories.forEach((name, sums) -> levels.add(new ChecklistScore.CategoryLevel(name, sums.level(), sums.weights,
                sums.answered, sums.notAssessed, sums.coverage())));
        deficits.sort(Comparator.comparingDouble(ChecklistScore.Deficit::gap).reversed()
            .thenComparing(ChecklistScore.Deficit::questionId));
        return new ChecklistScore(overall.level(), overall.coverage(), overall.answered, overall.notAssessed,
                List.copyOf(levels), List.copyOf(contributions), List.copyOf(deficits), List.copyOf(unanswered));
    }

    /** The running sums of a category or of the whole checklist. */
    private static final class Sums {

        private double points;

        private double weights;

        private int answered;

        private int notAssessed;

        void add(double earned, double weight) {
            points += earned;
            weights += weight;
            answered++;
        }

        /** E7: null when no applicable question is answered (not assessed, or nothing applies). */
        Double level() {
            return weights > 0 ? 100 * points / weights : null;
        }

        /** E7a: null when every question was answered NOT_APPLICABLE. */
        Double coverage() {
            int applicable = answered + notAssessed;
            return applicable > 0 ? 100.0 * answered / applicable : null;
        }
    }

}
