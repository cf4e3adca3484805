package org.tmfsafety.methodology.index;

import java.util.Map;

/**
 * One line of the derivation trail: how one term of an index got its points. The fields after
 * {@code provisionalReason} were added with intervals (profile v2); a trail stored before has them null.
 *
 * @param code the term's code, e.g. {@code TOX}
 * @param input the input it read, e.g. {@code waterHazardClass}
 * @param value the input's value as given, or null when it was missing or estimated
 * @param rule the rule applied: {@code LOG10}, {@code CATEGORY}, {@code BANDS} or {@code YES_NO}
 * @param treatedAs the value the profile substituted for a missing input, or null
 * @param points the points the term adds to the index's value: its upper bound
 * @param source the source of the rule's values (or of the substitute, when one was used), or null
 * @param provisionalReason why the values are provisional, or null when sourced
 * @param lowPoints the fewest points the term can add given what is known
 * @param highPoints the most points the term can add given what is known (= {@code points})
 * @param basis a {@link Basis} name: what the points rest on
 * @param basisDetail where a derived value comes from, or an estimate's method; null otherwise
 * @param valueLow an estimate's lower end, or null
 * @param valueHigh an estimate's upper end, or null
 * @param parameters the numbers an estimate used; null when not an estimate
 */
public record Term(String code, String input, String value, String rule, String treatedAs, double points, String source,
        String provisionalReason, Double lowPoints, Double highPoints, String basis, String basisDetail, Double valueLow,
        Double valueHigh, Map<String, Double> parameters) {

    /** Returns whether the input was missing and the profile's substitute was used. */
    public boolean missing() {
        return treatedAs != null;
    }

    /** Returns whether the values behind these points are provisional. */
    public boolean provisional() {
        return source == null;
    }

}
