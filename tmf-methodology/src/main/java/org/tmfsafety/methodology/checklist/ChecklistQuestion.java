package org.tmfsafety.methodology.checklist;

import java.util.List;
import java.util.Set;

/**
 * A question of the checklist with everything an inspector sees.
 *
 * @param id its id (e.g. WAT-03)
 * @param category its category id
 * @param families the questionnaires it belongs to
 * @param mode whether it is checked on site or in documents
 * @param weight 1 useful, 2 important, 3 critical
 * @param text the question
 * @param guidance what good looks like
 * @param guidelineSection where in the UNECE Safety Guidelines (2014) the topic comes from
 * @param measureIds the measures that remedy a deficit
 */
public record ChecklistQuestion(String id, String category, Set<Family> families, QuestionMode mode, int weight,
        LocalizedText text, LocalizedText guidance, String guidelineSection, List<String> measureIds) {

    public ChecklistQuestion {
        families = Set.copyOf(families);
        measureIds = List.copyOf(measureIds);
    }

    /** The question as the scoring needs it. */
    public Question forScoring() {
        return new Question(id, category, weight, measureIds);
    }
}
