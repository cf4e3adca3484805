package org.tmfsafety.geo.transboundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;

import org.tmfsafety.geo.Segments;

/**
 * The places within a distance of a downstream path, with how far along the path they lie: what a report of an
 * incident names as the settlements the release could reach. Distances are geodesic on WGS84; the nearest point of
 * each path segment to a place is found in the gnomonic projection centred on the place, where geodesics are
 * straight lines.
 */
public final class PlacesNearPath {

    private static final Gnomonic GNOMONIC = new Gnomonic(Geodesic.WGS84);

    /** Kilometres per degree of latitude, rounded down so that the pre-selection box never misses a place. */
    private static final double KM_PER_DEGREE = 110.5;

    private PlacesNearPath() {
    }

    /**
     * A place to test.
     *
     * @param key the caller's reference to it
     */
    public record Place(Object key, double latitude, double longitude) {
    }

    /**
     * A place near the path.
     *
     * @param alongKm along the path from its start to the point nearest the place
     * @param offKm from the place to that point
     */
    public record Near(Place place, double alongKm, double offKm) {
    }

    /**
     * The places within {@code maxKm} of the path, in the order they lie along it.
     *
     * @param path the path's vertices as {longitude, latitude}, in flow order
     */
    public static List<Near> within(List<double[]> path, List<Place> places, double maxKm) {
        double[] startKm = new double[Math.max(path.size(), 1)];
        for (int i = 1; i < path.size(); i++) {
            startKm[i] = startKm[i - 1] + distanceKm(path.get(i - 1)[1], path.get(i - 1)[0], path.get(i)[1],
                    path.get(i)[0]);
        }
        List<Near> near = new ArrayList<>();
        for (Place place : places) {
            Near best = null;
            double latMargin = maxKm / KM_PER_DEGREE;
            double lonMargin = latMargin / Math.max(Math.cos(Math.toRadians(Math.abs(place.latitude()) + latMargin)), 0.01);
            for (int i = 0; i < path.size(); i++) {
                double[] a = path.get(i);
                double[] b = i + 1 < path.size() ? path.get(i + 1) : a;
                if (Math.min(a[1], b[1]) - latMargin > place.latitude() || Math.max(a[1], b[1]) + latMargin < place.latitude()
                        || Math.min(a[0], b[0]) - lonMargin > place.longitude()
                        || Math.max(a[0], b[0]) + lonMargin < place.longitude()) {
                    continue;
                }
                double[] nearest = nearestOnSegment(place, a, b);
                if (nearest == null) {
                    continue;
                }
                double off = distanceKm(place.latitude(), place.longitude(), nearest[0], nearest[1]);
                if (off <= maxKm && (best == null || off < best.offKm())) {
                    best = new Near(place, startKm[i] + distanceKm(a[1], a[0], nearest[0], nearest[1]), off);
                }
            }
            if (best != null) {
                near.add(best);
            }
        }
        near.sort(Comparator.comparingDouble(Near::alongKm));
        return near;
    }

    /** The point of segment a–b ({longitude, latitude}) nearest the place, as {latitude, longitude}. */
    private static double[] nearestOnSegment(Place place, double[] a, double[] b) {
        GnomonicData pa = GNOMONIC.Forward(place.latitude(), place.longitude(), a[1], a[0]);
        GnomonicData pb = GNOMONIC.Forward(place.latitude(), place.longitude(), b[1], b[0]);
        if (Double.isNaN(pa.x) || Double.isNaN(pb.x)) {
            return null;
        }
        double t = Segments.nearestToOrigin(pa.x, pa.y, pb.x, pb.y);
        if (t == 0) {
            return new double[] { a[1], a[0] };
        }
        if (t == 1) {
            return new double[] { b[1], b[0] };
        }
        GnomonicData nearest = GNOMONIC.Reverse(place.latitude(), place.longitude(), pa.x + t * (pb.x - pa.x),
                pa.y + t * (pb.y - pa.y));
        return new double[] { nearest.lat, nearest.lon };
    }

    private static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }
}
