package org.tmfsafety.server.assessment;

import java.util.List;

/**
 * Two assessments of the same facility side by side.
 *
 * @param earlier the earlier assessment's id
 * @param later the later one's id
 * @param overallEarlier the earlier overall level, or null
 * @param overallLater the later overall level, or null
 * @param categories each category's levels and change (later minus earlier; null when either has no level)
 */
public record Comparison(long earlier, long later, Double overallEarlier, Double overallLater, List<Change> categories) {

    /** A category's levels in both assessments. */
    public record Change(String id, Double earlier, Double later, Double change) {
    }

    static Double difference(Double earlier, Double later) {
        return earlier == null || later == null ? null : later - earlier;
    }
}
