package org.tmfsafety.geo.river;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** Checks of line geometries given as longitude, latitude pairs. */
final class Points {

    private Points() {
    }

    /** A line's coordinates as longitude, latitude pairs. */
    static double[] lonLat(LineString line) {
        Coordinate[] coordinates = line.getCoordinates();
        double[] lonLat = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            lonLat[2 * i] = coordinates[i].x;
            lonLat[2 * i + 1] = coordinates[i].y;
        }
        return lonLat;
    }

    /** Refuses fewer than two points and anything that is not a longitude/latitude pair, naming the point. */
    static void check(double[] lonLat, RiverNetworkException.Where where, long number) {
        if (lonLat.length < 4 || lonLat.length % 2 != 0) {
            throw new RiverNetworkException(RiverNetworkException.Problem.TOO_FEW_POINTS, where, number, "geometry",
                    null);
        }
        for (int i = 0; i < lonLat.length; i += 2) {
            if (!(Math.abs(lonLat[i]) <= 180) || !(Math.abs(lonLat[i + 1]) <= 90)) {
                throw new RiverNetworkException(RiverNetworkException.Problem.BAD_COORDINATE, where, number,
                        "geometry", "point " + (i / 2 + 1) + ": " + lonLat[i] + " " + lonLat[i + 1]);
            }
        }
    }
}
