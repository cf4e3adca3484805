package org.tmfsafety.server.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmfsafety.methodology.checklist.MeasureTerm;

/**
 * The result of a submitted assessment.
 *
 * @param overall the overall safety level in percent, or null when no question applies
 * @param categories the level of each category with applicable questions
 * @param deficits the questions not fully met, largest gap first
 * @param proposedMeasures the measures linked from the deficits, SHORT first, then MEDIUM, then LONG
 */
public record AssessmentResult(Double overall, List<CategoryLevel> categories, List<Deficit> deficits,
        List<ProposedMeasure> proposedMeasures) {

    /** The proposed measures grouped by term, SHORT, MEDIUM, LONG (every term present, possibly empty). */
    public Map<String, List<ProposedMeasure>> byTerm() {
        Map<String, List<ProposedMeasure>> byTerm = new LinkedHashMap<>();
        for (MeasureTerm term : MeasureTerm.values()) {
            byTerm.put(term.name(), proposedMeasures.stream().filter(m -> m.term().equals(term.name())).toList());
        }
        return byTerm;
    }

    /** A category's level (null when none of its questions applies). */
    public record CategoryLevel(String id, Double level) {
    }

    /** A question not fully met and how much is missing (weight × (1 − answer × evidence)). */
    public record Deficit(String questionId, String category, double gap) {
    }

    /** A measure proposed for a deficit, with the English title (the pages show the user's language). */
    public record ProposedMeasure(String id, String term, String title, double priority, List<String> questionIds) {
    }
}
