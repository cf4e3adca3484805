package org.tmfsafety.geo.country;

/**
 * The nearest international land border of a point.
 *
 * @param country the country the point lies in
 * @param foreignCountry the country on the other side of the nearest border
 * @param distanceKm geodesic distance on WGS84 from the point to the nearest border point, in kilometres
 * @param borderLatitude latitude of the nearest border point
 * @param borderLongitude longitude of the nearest border point
 */
public record BorderProximity(String country, String foreignCountry, double distanceKm, double borderLatitude,
        double borderLongitude) {
}
