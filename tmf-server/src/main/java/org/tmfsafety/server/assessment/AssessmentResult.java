package org.tmfsafety.server.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmfsafety.methodology.checklist.MeasureTerm;

/**
 * The result of a submitted assessment.
 *
 * @param overall the overall safety level in percent over the answered applicable questions, or null when none is
 * answered ("not assessed") or nothing applies
 * @param categories the level of each category
 * @param deficits the answered questions not fully met, largest gap first
 * @param proposedMeasures the measures linked from the deficits, SHORT first, then MEDIUM, then LONG
 * @param coverage the percentage of the applicable questions answered (E7a); null in results kept before coverage
 * was recorded, whose levels counted unanswered questions as UNKNOWN (they are kept as they were submitted)
 * @param answered the answered applicable questions (null in results kept before coverage was recorded)
 * @param notAssessed the questions without an answer, which count neither as deficits nor in the levels
 * @param notApplicable the questions of the questionnaire that do not apply to the facility's state or dam raise
 * method, recorded as not applicable without being asked (null in results kept before they were recorded)
 */
public record AssessmentResult(Double overall, List<CategoryLevel> categories, List<Deficit> deficits,
        List<ProposedMeasure> proposedMeasures, Double coverage, Integer answered, List<String> notAssessed,
        List<String> notApplicable) {

    /** Whether the result records its coverage (every result computed since coverage is kept apart from level). */
    public boolean recordsCoverage() {
        return coverage != null || answered != null;
    }

    /** The proposed measures grouped by term, SHORT, MEDIUM, LONG (every term present, possibly empty). */
    public Map<String, List<ProposedMeasure>> byTerm() {
        Map<String, List<ProposedMeasure>> byTerm = new LinkedHashMap<>();
        for (MeasureTerm term : MeasureTerm.values()) {
            byTerm.put(term.name(), proposedMeasures.stream().filter(m -> m.term().equals(term.name())).toList());
        }
        return byTerm;
    }

    /**
     * A category's level (null when none of its applicable questions is answered, or none applies) and coverage
     * (null when none of its questions applies, and in results kept before coverage was recorded).
     */
    public record CategoryLevel(String id, Double level, Double coverage, Integer answered, Integer notAssessed) {
    }

    /** A question not fully met and how much is missing (weight × (1 − answer × evidence)). */
    public record Deficit(String questionId, String category, double gap) {
    }

    /** A measure proposed for a deficit, with the English title (the pages show the user's language). */
    public record ProposedMeasure(String id, String term, String title, double priority, List<String> questionIds) {
    }
}
