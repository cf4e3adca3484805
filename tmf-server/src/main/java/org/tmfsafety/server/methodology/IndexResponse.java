package org.tmfsafety.server.methodology;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.tmfsafety.methodology.index.IndexResult;
import org.tmfsafety.methodology.index.Term;
import org.tmfsafety.methodology.index.Tightener;
import org.tmfsafety.methodology.profile.ProfileId;

/**
 * An index result as the API returns it.
 *
 * @param index {@code THI} or {@code TRI}
 * @param value the sum of the terms (unrounded); the upper bound when inputs are unknown
 * @param indexClass the class of the value
 * @param profile the profile that produced it
 * @param provisional whether any value behind the result is provisional
 * @param classesSource the source of the class limits, or null
 * @param classesProvisionalReason why the class limits are provisional, or null
 * @param terms the derivation trail
 * @param low the lower bound: every unknown input at its best value
 * @param lowClass the class of the lower bound
 * @param completeness the share of the index's possible points resting on known inputs (0 to 1)
 * @param tighteners the unknown inputs, ordered by how far each could move the index
 */
record IndexResponse(String index, double value, @JsonProperty("class") String indexClass, ProfileId profile,
        boolean provisional, String classesSource, String classesProvisionalReason, List<TermResponse> terms, double low,
        String lowClass, double completeness, List<Tightener> tighteners) {

    static IndexResponse of(IndexResult result) {
        return new IndexResponse(result.index(), result.value(), result.indexClass(), result.profile(), result.provisional(),
                result.classesSource(), result.classesProvisionalReason(),
                result.terms().stream().map(TermResponse::of).toList(), result.low(), result.lowClass(),
                result.completeness(), result.tighteners());
    }

    /**
     * One term of the trail.
     *
     * @param name the term's code
     * @param input the input it read
     * @param value the input as given, or null when missing
     * @param rule the rule applied
     * @param treatedAs the substitute for a missing input, or null
     * @param points the points it adds
     * @param source the source of its values, or null
     * @param provisional whether its values are provisional
     * @param provisionalReason why, or null
     * @param basis what the points rest on: INPUT, DERIVED, ESTIMATE, TREATED_AS or UNKNOWN
     * @param lowPoints the points at the input's best value (equal to points when the input is known)
     * @param highPoints the points at its worst value
     */
    record TermResponse(String name, String input, String value, String rule, String treatedAs, double points, String source,
            boolean provisional, String provisionalReason, String basis, Double lowPoints, Double highPoints) {

        /** A term of a calculation without unknown inputs (screenings that reuse the trail's shape). */
        TermResponse(String name, String input, String value, String rule, String treatedAs, double points,
                String source, boolean provisional, String provisionalReason) {
            this(name, input, value, rule, treatedAs, points, source, provisional, provisionalReason, null, points, points);
        }

        static TermResponse of(Term term) {
            return new TermResponse(term.code(), term.input(), term.value(), term.rule(), term.treatedAs(), term.points(),
                    term.source(), term.provisional(), term.provisionalReason(), term.basis(), term.lowPoints(),
                    term.highPoints());
        }

    }

}
