package org.tmfsafety.server.facility;

/**
 * A facility's current index values and classes; all null when it cannot be rated (no size information). Under
 * incomplete data an index is an interval: the value and class are its precautionary upper bound, by which the list
 * ranks; the lower bound counts every unknown input at its best value.
 *
 * @param thi the Tailings Hazard Index (upper bound)
 * @param hazardClass its class
 * @param tri the Tailings Risk Index (upper bound)
 * @param riskClass its class
 * @param ratingProfileId the methodology profile that produced the ratings, or null
 * @param ratingProfileVersion that profile's version, or null
 * @param thiLow the THI's lower bound
 * @param hazardClassLow the class of that lower bound
 * @param thiCompleteness the share of the THI's possible points resting on known inputs (0 to 1), or null for a
 *        rating made before completeness was recorded
 * @param triLow the TRI's lower bound
 * @param riskClassLow the class of that lower bound
 * @param triCompleteness the share of the TRI's possible points resting on known inputs, or null
 */
public record RatingSummary(Double thi, String hazardClass, Double tri, String riskClass, String ratingProfileId,
        Integer ratingProfileVersion, Double thiLow, String hazardClassLow, Double thiCompleteness, Double triLow,
        String riskClassLow, Double triCompleteness) {
}
