package org.tmfsafety.server.facility;

/**
 * A facility's current index values and classes; null when it cannot be rated (no stored volume).
 *
 * @param thi the Tailings Hazard Index
 * @param hazardClass its class
 * @param tri the Tailings Risk Index
 * @param riskClass its class
 */
public record RatingSummary(Double thi, String hazardClass, Double tri, String riskClass) {
}
