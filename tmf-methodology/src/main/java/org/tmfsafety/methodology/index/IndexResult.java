package org.tmfsafety.methodology.index;

import java.util.Comparator;
import java.util.List;

import org.tmfsafety.methodology.profile.ProfileId;

/**
 * The value and class of an index with the derivation that produced them. When inputs are not known the
 * index is an interval from {@code low} to {@code high}; {@code value} and {@code indexClass} are the upper
 * bound and its class (precautionary).
 *
 * @param index {@code THI} or {@code TRI}
 * @param value the sum of the terms' upper points (= {@code high})
 * @param indexClass the class of {@code high} (= {@code highClass})
 * @param profile the profile id and version used
 * @param terms one entry per term, in the profile's order
 * @param classesSource the source of the class thresholds, or null when provisional
 * @param classesProvisionalReason why the thresholds are provisional, or null
 * @param low the sum of the terms' lower points
 * @param high the sum of the terms' upper points
 * @param lowClass the class of {@code low}
 * @param highClass the class of {@code high}
 * @param completeness the share (0 to 1) of the index's possible point span that rests on known inputs (E22)
 * @param tighteners the inputs not fully known, by swing descending (E23)
 */
public record IndexResult(String index, double value, String indexClass, ProfileId profile, List<Term> terms,
        String classesSource, String classesProvisionalReason, double low, double high, String lowClass,
        String highClass, double completeness, List<Tightener> tighteners) {

    /**
     * The ranking rule: higher upper bound first (precautionary), ties by higher lower bound. Use with
     * {@code sorted(RANKING)} for the rating list's order.
     */
    public static final Comparator<IndexResult> RANKING = Comparator.comparingDouble(IndexResult::high).reversed()
        .thenComparing(Comparator.comparingDouble(IndexResult::low).reversed());

    /** Returns whether anything behind this result is provisional. */
    public boolean provisional() {
        return classesSource == null || terms.stream().anyMatch(Term::provisional);
    }

    /** Returns whether the bounds fall in different classes, so that the class is shown as a range. */
    public boolean classRange() {
        return !lowClass.equals(highClass);
    }

}
