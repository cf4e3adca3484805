package org.tmfsafety.methodology.size;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An interval for a facility's stored volume and how it was obtained.
 *
 * @param lowM3 the lower end, m³
 * @param highM3 the upper end, m³ (equal to {@code lowM3} for a known volume)
 * @param method the method's code: one of {@link SizeEstimator#STORED_VOLUME}, {@link SizeEstimator#STORED_TONNAGE},
 *        {@link SizeEstimator#AREA_HEIGHT}, {@link SizeEstimator#ORE_PROCESSED}, or an upper bound and what gave the
 *        lower bound joined by {@code +}, e.g. {@code DESIGN_CAPACITY+STORED_TONNAGE} or
 *        {@code DESIGN_TONNAGE+FILL_FRACTION}; codes the application translates
 * @param parameters every number used, by name (the facts and the profile's ranges)
 */
public record SizeEstimate(double lowM3, double highM3, String method, Map<String, Double> parameters) {

    public SizeEstimate {
        parameters = Map.copyOf(parameters);
    }

    /** Returns the method's parts: the upper-bound method first, then what gave the lower bound. */
    public List<String> methods() {
        return Arrays.asList(method.split("\\+"));
    }

    /** Returns whether the volume is known rather than estimated. */
    public boolean exact() {
        return SizeEstimator.STORED_VOLUME.equals(method);
    }

}
