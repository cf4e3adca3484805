package org.tmfsafety.geo.country;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;

import org.tmfsafety.geo.Segments;

/** Geodesic distances on WGS84 and the nearest point of a geodesic segment, via a gnomonic projection. */
final class Geodesy {

    /** Mean earth radius (IUGG R1) for the spherical pre-selection of candidates, in kilometres. */
    static final double MEAN_RADIUS_KM = 6371.0088;

    private static final Gnomonic GNOMONIC = new Gnomonic(Geodesic.WGS84);

    private Geodesy() {
    }

    /** The unit vector of a point on the sphere (x towards 0°E on the equator, z towards the north pole). */
    static double[] unitVector(double lat, double lon) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        return new double[] { Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi) };
    }

    /**
     * Great-circle distance in kilometres on the mean sphere from p to the great-circle arc a–b (all unit vectors).
     * It differs from the ellipsoidal geodesic distance by less than 0.6 %; used only to pick candidates cheaply.
     */
    static double sphereDistanceToArcKm(double[] p, double[] a, double[] b) {
        double[] n = cross(a, b);
        double length = Math.sqrt(dot(n, n));
        if (length > 1e-15) {
            n = new double[] { n[0] / length, n[1] / length, n[2] / length };
            double offPlane = dot(p, n);
            double[] q = { p[0] - offPlane * n[0], p[1] - offPlane * n[1], p[2] - offPlane * n[2] };
            if (dot(cross(a, q), n) >= 0 && dot(cross(q, b), n) >= 0) {
                return Math.asin(Math.min(1, Math.abs(offPlane))) * MEAN_RADIUS_KM;
            }
        }
        return Math.min(angle(p, a), angle(p, b)) * MEAN_RADIUS_KM;
    }

    private static double angle(double[] u, double[] v) {
        double[] c = cross(u, v);
        return Math.atan2(Math.sqrt(dot(c, c)), dot(u, v));
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] { u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0] };
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    /** Geodesic distance between two points in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }

    /**
     * The point of the segment a–b nearest to p, as {latitude, longitude}, or {@code null} when the segment is
     * not within a quarter of the globe of p. In the gnomonic projection centred on p, geodesics are straight lines
     * and the distance from p grows with the planar radius, so the planar nearest point is the geodesic one
     * (exactly on the sphere, to well below a metre on the ellipsoid for borders within a few thousand kilometres).
     */
    static double[] nearestOnSegment(double lat, double lon, double latA, double lonA, double latB, double lonB) {
        GnomonicData a = GNOMONIC.Forward(lat, lon, latA, lonA);
        GnomonicData b = GNOMONIC.Forward(lat, lon, latB, lonB);
        if (Double.isNaN(a.x) || Double.isNaN(b.x)) {
            return null;
        }
        double t = Segments.nearestToOrigin(a.x, a.y, b.x, b.y);
        if (t == 0) {
            return new double[] { latA, lonA };
        }
        if (t == 1) {
            return new double[] { latB, lonB };
        }
        GnomonicData nearest = GNOMONIC.Reverse(lat, lon, a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
        return new double[] { nearest.lat, nearest.lon };
    }
}
