package org.tmfsafety.server.facility;

import java.util.List;
import java.util.Map;

import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.server.system.LocalizedName;

/**
 * How the facilities a reader may see are rated under two methodology profile versions, for one index: the
 * facilities counted by their class under each (a transition matrix), those rateable under one profile only, and the
 * facilities whose class changes. Classes are those of the upper bound, by which the list ranks, and separately those
 * of the lower bound.
 *
 * @param upper facilities by class under {@code from} (outer key) and class under {@code to} (inner key), upper bounds;
 *        the key {@link #NOT_RATEABLE} counts facilities that a profile cannot rate
 * @param lower the same for the lower bounds
 * @param up facilities whose upper-bound class is higher under {@code to}
 * @param down facilities whose upper-bound class is lower under {@code to}
 * @param unchanged facilities rated under both with the same upper-bound class
 * @param changes the facilities whose upper-bound class differs (or that only one profile can rate), by code
 */
public record ProfileComparison(MethodologyProfile from, MethodologyProfile to, String index,
        Map<String, Map<String, Long>> upper, Map<String, Map<String, Long>> lower, long up, long down, long unchanged,
        long compared, List<Change> changes) {

    /** The key of the facilities a profile cannot rate (no size information it can use). */
    public static final String NOT_RATEABLE = "";

    /** One facility whose class changes; a class is {@link #NOT_RATEABLE} when that profile cannot rate it. */
    public record Change(long facilityId, String code, LocalizedName name, String fromClass, String toClass, Double fromValue,
            Double toValue) {
    }

    /** The count of facilities with the upper-bound class {@code fromClass} under one and {@code toClass} under the other. */
    public long count(String fromClass, String toClass) {
        return upper.getOrDefault(fromClass, Map.of()).getOrDefault(toClass, 0L);
    }

    /** The same for the lower bounds. */
    public long countLow(String fromClass, String toClass) {
        return lower.getOrDefault(fromClass, Map.of()).getOrDefault(toClass, 0L);
    }
}
