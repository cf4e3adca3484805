package org.tmfsafety.methodology.index;

/**
 * One line of the derivation trail: how one term of an index got its points.
 *
 * @param code the term's code, e.g. {@code TOX}
 * @param input the input it read, e.g. {@code waterHazardClass}
 * @param value the input's value as given, or null when it was missing
 * @param rule the rule applied: {@code LOG10}, {@code CATEGORY}, {@code BANDS} or {@code YES_NO}
 * @param treatedAs the value the profile substituted for a missing input, or null
 * @param points the points the term adds
 * @param source the source of the rule's values (or of the substitute, when one was used), or null
 * @param provisionalReason why the values are provisional, or null when sourced
 */
public record Term(String code, String input, String value, String rule, String treatedAs, double points, String source,
        String provisionalReason) {

    /** Returns whether the input was missing and the profile's substitute was used. */
    public boolean missing() {
        return treatedAs != null;
    }

    /** Returns whether the values behind these points are provisional. */
    public boolean provisional() {
        return source == null;
    }

}
