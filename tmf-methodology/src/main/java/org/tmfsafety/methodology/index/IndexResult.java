package org.tmfsafety.methodology.index;

import java.util.List;

import org.tmfsafety.methodology.profile.ProfileId;

/**
 * The value and class of an index with the derivation that produced them.
 *
 * @param index {@code THI} or {@code TRI}
 * @param value the sum of the terms' points
 * @param indexClass the class the value falls in
 * @param profile the profile id and version used
 * @param terms one entry per term, in the profile's order
 * @param classesSource the source of the class thresholds, or null when provisional
 * @param classesProvisionalReason why the thresholds are provisional, or null
 */
public record IndexResult(String index, double value, String indexClass, ProfileId profile, List<Term> terms,
        String classesSource, String classesProvisionalReason) {

    /** Returns whether anything behind this result is provisional. */
    public boolean provisional() {
        return classesSource == null || terms.stream().anyMatch(Term::provisional);
    }

}
