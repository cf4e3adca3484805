package org.tmfsafety.geo.crs;

import org.tmfsafety.geo.Axis;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record LatLon(double latitude, double longitude) {

    /** Checks that both values are finite and within their axis' range. */
    public LatLon {
        if (!Axis.LATITUDE.contains(latitude) || !Axis.LONGITUDE.contains(longitude)) {
            throw new IllegalArgumentException("a WGS84 position lies within -90..90 latitude, -180..180 longitude: "
                    + latitude + ", " + longitude);
        }
    }

}
