package org.tmfsafety.geo.transboundary;

import java.util.List;

/**
 * How water from a site reaches the mapped river network, as recorded by someone who knows the site: the points the
 * water passes after leaving the site, in flow order, the last of them on (or near) a mapped river. The screening
 * runs from the site along these points and then down the network (docs/methodology/transboundary.md, E16d).
 *
 * @param points the points after the site, in flow order (at least one)
 * @param kind a line drawn along the water's way, or only the receiving water with a straight connection to it
 */
public record DrainageRoute(List<Point> points, Kind kind) {

    /** The most points a route may have. */
    public static final int MAX_POINTS = 5000;

    public DrainageRoute {
        points = List.copyOf(points);
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a drainage route has from 1 to " + MAX_POINTS + " points");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a drainage route has a kind");
        }
    }

    /** A route known only by its receiving water: a straight, approximate connection to a point on that river. */
    public static DrainageRoute receivingWater(double latitude, double longitude) {
        return new DrainageRoute(List.of(new Point(latitude, longitude)), Kind.RECEIVING_WATER);
    }

    /** Whether the route is approximate: a straight connector stands for the unknown way to the receiving water. */
    public boolean approximate() {
        return kind == Kind.RECEIVING_WATER;
    }

    /** The last point: where the route meets the mapped network, if it does. */
    public Point end() {
        return points.get(points.size() - 1);
    }

    /** How the route was recorded. */
    public enum Kind {
        /** A line drawn along the water's way from the site to a mapped river. */
        DRAWN,
        /** Only the receiving river is known: a point picked on it, connected to the site by a straight segment. */
        RECEIVING_WATER
    }

    /**
     * A point of a route.
     *
     * @param latitude degrees north, from -90 to 90
     * @param longitude degrees east, from -180 to 180
     */
    public record Point(double latitude, double longitude) {

        public Point {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("a route point lies within -90..90 latitude, -180..180 longitude");
            }
        }
    }
}
