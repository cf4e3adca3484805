package org.tmfsafety.methodology.checklist;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tmfsafety.methodology.facility.DamRaiseMethod;

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
 * @param states the TMF states the question applies to (all three unless the template says otherwise)
 * @param damRaiseMethods the dam raise methods it applies to; empty for any
 */
public record ChecklistQuestion(String id, String category, Set<Family> families, QuestionMode mode, int weight,
        LocalizedText text, LocalizedText guidance, String guidelineSection, List<String> measureIds,
        Set<Applicability> states, Set<DamRaiseMethod> damRaiseMethods) {

    public ChecklistQuestion {
        families = Set.copyOf(families);
        measureIds = List.copyOf(measureIds);
        states = Collections.unmodifiableSet(EnumSet.copyOf(states));
        damRaiseMethods = damRaiseMethods.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(damRaiseMethods));
    }

    /**
     * Whether the question applies to a TMF in this state with this dam raise method. A raise method that is not
     * known (null or UNKNOWN) excludes no question: the inspector is asked rather than the question dropped.
     */
    public boolean appliesTo(Applicability state, DamRaiseMethod raiseMethod) {
        return states.contains(state) && (damRaiseMethods.isEmpty() || raiseMethod == null
                || raiseMethod == DamRaiseMethod.UNKNOWN || damRaiseMethods.contains(raiseMethod));
    }

    /** The question as the scoring needs it. */
    public Question forScoring() {
        return new Question(id, category, weight, measureIds);
    }
}
