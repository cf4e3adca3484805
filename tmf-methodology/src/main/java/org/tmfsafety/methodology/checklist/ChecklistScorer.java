package org.tmfsafety.methodology.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores answers to a checklist (E6, E7): a question contributes w·a·c, where a is its answer's fraction
 * and c its evidence factor; the safety level of a category is 100·Σ(w·a·c)/Σw over its applicable
 * questions, and the overall level the same over all applicable questions. NOT_APPLICABLE leaves the
 * denominator; a question without a response counts as UNKNOWN and is listed as unanswered.
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
        Map<String, double[]> categories = new LinkedHashMap<>();
        double points = 0;
        double weights = 0;
        for (Question question : byId.values()) {
            Response response = answered.get(question.id());
            if (response == null) {
                unanswered.add(question.id());
            }
            Answer answer = response == null ? Answer.UNKNOWN : response.answer();
            Evidence evidence = response == null || response.evidence() == null ? Evidence.STATED_ONLY : response.evidence();
            double[] category = categories.computeIfAbsent(question.category(), c -> new double[2]);
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
            category[0] += earned;
            category[1] += question.weight();
            points += earned;
            weights += question.weight();
            if (fraction * factor < 1) {
                deficits.add(new ChecklistScore.Deficit(question.id(), question.category(),
                        question.weight() * (1 - fraction * factor), question.measureIds()));
            }
        }
        List<ChecklistScore.CategoryLevel> levels = new ArrayList<>();
        categories.forEach((name, sums) -> levels
            .add(new ChecklistScore.CategoryLevel(name, sums[1] > 0 ? 100 * sums[0] / sums[1] : null, sums[1])));
        deficits.sort(Comparator.comparingDouble(ChecklistScore.Deficit::gap).reversed()
            .thenComparing(ChecklistScore.Deficit::questionId));
        return new ChecklistScore(weights > 0 ? 100 * points / weights : null, List.copyOf(levels),
                List.copyOf(contributions), List.copyOf(deficits), List.copyOf(unanswered));
    }

}
