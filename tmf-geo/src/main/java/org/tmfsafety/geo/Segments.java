package org.tmfsafety.geo;

/** Plane geometry of segments, for local projections centred on a query point. */
public final class Segments {

    private Segments() {
    }

    /**
     * Where on the segment from (ax, ay) to (bx, by) the point nearest to the origin lies, as a fraction from 0
     * (at a) to 1 (at b); 0 for a segment of zero length.
     */
    public static double nearestToOrigin(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        return lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
    }

    /** The distance from the origin to the segment from (ax, ay) to (bx, by). */
    public static double distanceFromOrigin(double ax, double ay, double bx, double by) {
        double t = nearestToOrigin(ax, ay, bx, by);
        return Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
    }
}
