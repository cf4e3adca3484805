package org.tmfsafety.server.facility;

/**
 * A facility's current index values and classes; null when it cannot be rated (no stored volume).
 *
 * @param thi the Tailings Hazard Index
 * @param hazardClass its class
 * @param tri the Tailings Risk Index
 * @param riskClass its class
 * @param ratingProfileId the methodology profile that produced the ratings, or null
 * @param ratingProfileVersion that profile's version, or null
 */
public record RatingSummary(Double thi, String hazardClass, Double tri, String riskClass, String ratingProfileId,
        Integer ratingProfileVersion) {
}
