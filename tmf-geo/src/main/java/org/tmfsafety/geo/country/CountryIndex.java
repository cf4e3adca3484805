package org.tmfsafety.geo.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the country of a point and its nearest international land border. Immutable and safe for concurrent
 * use once built.
 *
 * <p>A land border is an edge shared exactly (same two vertices, either direction, compared at 1e-7 degrees,
 * about 1 cm) by the polygons of two countries. The nearest one is found by searching border edges in a
 * widening window around the point and measuring each candidate geodesically.
 */
public final class CountryIndex {

    /** Edges compared at this precision in degrees when deciding whether two countries share them. */
    private static final double VERTEX_PRECISION = 1e7;

    /** First search radius; doubled until a border lies within it. */
    private static final double FIRST_SEARCH_KM = 50;

    /** Beyond this distance (a quarter of the globe) the gnomonic search is not valid; no border is reported. */
    private static final double MAX_SEARCH_KM = 9_000;

    /** Kilometres per degree of latitude, rounded down so that search windows err on the large side. */
    private static final double KM_PER_DEGREE = 110.5;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final STRtree countries = new STRtree();

    /** Each country's geometry, for distances to its territory. */
    private final Map<String, Geometry> shapes = new HashMap<>();

    /** Border edges per country, each edge in the trees of both its countries. */
    private final Map<String, STRtree> borders = new HashMap<>();

    /** Relative margin within which spherical candidates are re-measured on the ellipsoid (sphere error < 0.6 %). */
    private static final double SPHERE_MARGIN = 0.01;

    private final int borderEdgeCount;

    private CountryIndex(Map<String, Geometry> geometries) {
        Map<EdgeKey, Edge> edges = new HashMap<>();
        for (Map.Entry<String, Geometry> entry : geometries.entrySet()) {
            String code = Objects.requireNonNull(entry.getKey(), "country code");
            Geometry geometry = Antimeridian.split(Objects.requireNonNull(entry.getValue(), () -> "geometry of " + code));
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(geometry);
            countries.insert(geometry.getEnvelopeInternal(), new CountryShape(code, prepared));
            shapes.put(code, geometry);
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                    addRing(edges, code, polygon.getExteriorRing());
                    for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                        addRing(edges, code, polygon.getInteriorRingN(hole));
                    }
                }
            }
        }
        int count = 0;
        for (Edge edge : edges.values()) {
            if (edge.countries.size() == 2) {
                edge.prepare();
                for (String country : edge.countries) {
                    borders.computeIfAbsent(country, c -> new STRtree()).insert(new Envelope(edge.a, edge.b), edge);
                }
                count++;
            }
        }
        borderEdgeCount = count;
        countries.build();
        borders.values().forEach(STRtree::build);
    }

    /**
     * Builds the index.
     *
     * @param geometries country code (e.g. ISO 3166-1 alpha-3) to its polygon or multipolygon, x = longitude;
     *        polygons drawn across the antimeridian are cut there ({@link Antimeridian})
     */
    public static CountryIndex of(Map<String, Geometry> geometries) {
        return new CountryIndex(geometries);
    }

    /** The number of edges found to be land borders between two countries. */
    public int borderEdgeCount() {
        return borderEdgeCount;
    }

    /** The country the point lies in (its boundary included), or empty at sea, on inland seas and lakes. */
    public Optional<String> countryAt(double latitude, double longitude) {
        Point point = FACTORY.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<CountryShape> candidates = countries.query(point.getEnvelopeInternal());
        return candidates.stream().filter(shape -> shape.geometry.covers(point)).map(CountryShape::code).sorted()
            .findFirst();
    }

    /**
     * The geodesic distance in km from a point to the territory of a country (its polygons, coast included): zero
     * when the country covers the point, empty when the index does not know the country. Measures every edge of
     * the country's polygons (on the sphere, then the nearest on the WGS84 ellipsoid), so it suits checking single
     * points rather than screening many.
     */
    public OptionalDouble distanceKm(String country, double latitude, double longitude) {
        Geometry shape = shapes.get(country);
        if (shape == null) {
            return OptionalDouble.empty();
        }
        if (countryAt(latitude, longitude).filter(country::equals).isPresent()) {
            return OptionalDouble.of(0);
        }
        double[] point = Geodesy.unitVector(latitude, longitude);
        Coordinate nearestA = null;
        Coordinate nearestB = null;
        double nearestOnSphere = Double.POSITIVE_INFINITY;
        for (Coordinate[] ring : rings(shape)) {
            double[] unitA = Geodesy.unitVector(ring[0].y, ring[0].x);
            for (int i = 1; i < ring.length; i++) {
                double[] unitB = Geodesy.unitVector(ring[i].y, ring[i].x);
                double distance = Geodesy.sphereDistanceToArcKm(point, unitA, unitB);
                if (distance < nearestOnSphere) {
                    nearestOnSphere = distance;
                    nearestA = ring[i - 1];
                    nearestB = ring[i];
                }
                unitA = unitB;
            }
        }
        if (nearestA == null) {
            return OptionalDouble.empty();
        }
        double[] nearest = Geodesy.nearestOnSegment(latitude, longitude, nearestA.y, nearestA.x, nearestB.y,
                nearestB.x);
        return OptionalDouble.of(nearest == null ? nearestOnSphere
                : Geodesy.distanceKm(latitude, longitude, nearest[0], nearest[1]));
    }

    private static List<Coordinate[]> rings(Geometry shape) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i) instanceof Polygon polygon) {
                rings.add(polygon.getExteriorRing().getCoordinates());
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    rings.add(polygon.getInteriorRingN(hole).getCoordinates());
                }
            }
        }
        return rings;
    }

    /**
     * The nearest land border of the country the point lies in, or empty when the point lies in no country or its
     * country has no land border (an island state).
     */
    public Optional<BorderProximity> nearestBorder(double latitude, double longitude) {
        return countryAt(latitude, longitude).flatMap(country -> nearestBorder(country, latitude, longitude));
    }

    /**
     * The nearest land border of the given country (the one the point lies in, as {@link #countryAt} found it), or
     * empty when it has none.
     */
    public Optional<BorderProximity> nearestBorder(String own, double latitude, double longitude) {
        STRtree tree = borders.get(own);
        if (tree == null) {
            return Optional.empty();
        }
        double[] point = Geodesy.unitVector(latitude, longitude);
        for (double radius = FIRST_SEARCH_KM; radius <= MAX_SEARCH_KM; radius *= 2) {
            List<Edge> candidates = bordersNear(tree, latitude, longitude, radius);
            double[] sphereDistances = new double[candidates.size()];
            double nearestOnSphere = Double.POSITIVE_INFINITY;
            for (int i = 0; i < sphereDistances.length; i++) {
                Edge edge = candidates.get(i);
                sphereDistances[i] = Geodesy.sphereDistanceToArcKm(point, edge.unitA, edge.unitB);
                nearestOnSphere = Math.min(nearestOnSphere, sphereDistances[i]);
            }
            if (nearestOnSphere > radius) {
                continue;
            }
            double shortlist = nearestOnSphere * (1 + SPHERE_MARGIN) + 0.01;
            BorderProximity best = null;
            for (int i = 0; i < sphereDistances.length; i++) {
                if (sphereDistances[i] > shortlist) {
                    continue;
                }
                Edge edge = candidates.get(i);
                double[] nearest = Geodesy.nearestOnSegment(latitude, longitude, edge.a.y, edge.a.x, edge.b.y,
                        edge.b.x);
                if (nearest == null) {
                    continue;
                }
                double distance = Geodesy.distanceKm(latitude, longitude, nearest[0], nearest[1]);
                if (best == null || distance < best.distanceKm()) {
                    best = new BorderProximity(own, edge.other(own), distance, nearest[0], nearest[1]);
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * Border edges whose envelope meets a window containing every point within radiusKm of the point, plus 2 % so
     * that the spherical pre-selection (error below 0.6 %) cannot miss an edge just outside.
     */
    @SuppressWarnings("unchecked")
    private static List<Edge> bordersNear(STRtree tree, double latitude, double longitude, double radiusKm) {
        double dLat = radiusKm * 1.02 / KM_PER_DEGREE;
        double farthestLatitude = Math.min(90, Math.abs(latitude) + dLat);
        double cos = Math.cos(Math.toRadians(farthestLatitude));
        double dLon = cos <= 0 ? 360 : radiusKm * 1.02 / (KM_PER_DEGREE * cos);
        double south = Math.max(-90, latitude - dLat);
        double north = Math.min(90, latitude + dLat);
        if (dLon >= 180 || longitude - dLon < -180 || longitude + dLon > 180) {
            return tree.query(new Envelope(-180, 180, south, north));
        }
        return tree.query(new Envelope(longitude - dLon, longitude + dLon, south, north));
    }

    private static void addRing(Map<EdgeKey, Edge> edges, String code, LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 1; i < coordinates.length; i++) {
            Coordinate a = coordinates[i - 1];
            Coordinate b = coordinates[i];
            EdgeKey key = EdgeKey.of(a, b);
            if (key != null) {
                edges.computeIfAbsent(key, k -> new Edge(a, b)).countries.add(code);
            }
        }
    }

    private record CountryShape(String code, PreparedGeometry geometry) {
    }

    /** An edge with its ends in canonical order, so that both directions of a shared edge meet. */
    private record EdgeKey(long x1, long y1, long x2, long y2) {

        static EdgeKey of(Coordinate a, Coordinate b) {
            long ax = Math.round(a.x * VERTEX_PRECISION);
            long ay = Math.round(a.y * VERTEX_PRECISION);
            long bx = Math.round(b.x * VERTEX_PRECISION);
            long by = Math.round(b.y * VERTEX_PRECISION);
            if (ax == bx && ay == by) {
                return null;
            }
            boolean aFirst = ax < bx || (ax == bx && ay < by);
            return aFirst ? new EdgeKey(ax, ay, bx, by) : new EdgeKey(bx, by, ax, ay);
        }
    }

    private static final class Edge {

        final Coordinate a;

        final Coordinate b;

        final Set<String> countries = new LinkedHashSet<>(2);

        double[] unitA;

        double[] unitB;

        Edge(Coordinate a, Coordinate b) {
            this.a = a;
            this.b = b;
        }

        void prepare() {
            unitA = Geodesy.unitVector(a.y, a.x);
            unitB = Geodesy.unitVector(b.y, b.x);
        }

        String other(String country) {
            List<String> others = new ArrayList<>(countries);
            others.remove(country);
            return others.get(0);
        }
    }
}
