package org.tmfsafety.geo.transboundary;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.tmfsafety.geo.Segments;

/** Lakes and inland seas as polygons: whether a point lies in one or near one. Safe for concurrent use. */
public final class WaterBodies {

    private static final double KM_PER_DEGREE = Math.toRadians(1) * 6371.0088;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final STRtree tree = new STRtree();

    private final int count;

    private WaterBodies(List<Geometry> polygons) {
        for (Geometry polygon : polygons) {
            if (!(polygon instanceof Polygonal)) {
                throw new IllegalArgumentException("a water body must be a polygon, not a " + polygon.getGeometryType());
            }
            tree.insert(polygon.getEnvelopeInternal(), PreparedGeometryFactory.prepare(polygon));
        }
        tree.build();
        count = polygons.size();
    }

    /** Water bodies from polygons or multipolygons (only polygonal parts are accepted), x = longitude. */
    public static WaterBodies of(List<Geometry> polygons) {
        return new WaterBodies(polygons);
    }

    /** No water bodies at all. */
    public static WaterBodies none() {
        return new WaterBodies(List.of());
    }

    /** The number of polygons. */
    public int size() {
        return count;
    }

    /** Whether the point lies in a water body (its shore included). */
    public boolean contains(double latitude, double longitude) {
        Point point = FACTORY.createPoint(new Coordinate(longitude, latitude));
        for (Object candidate : tree.query(point.getEnvelopeInternal())) {
            if (((PreparedGeometry) candidate).covers(point)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the point lies in a water body or within maxKm of one (measured in a local equirectangular
     * projection around the point, accurate to well under 1 % at the few kilometres this is meant for).
     */
    public boolean isWithin(double latitude, double longitude, double maxKm) {
        if (contains(latitude, longitude)) {
            return true;
        }
        double cos = Math.cos(Math.toRadians(latitude));
        double dLat = maxKm * 1.02 / KM_PER_DEGREE;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude) + dLat))));
        for (Object candidate : tree.query(new Envelope(longitude - dLon, longitude + dLon, latitude - dLat,
                latitude + dLat))) {
            Geometry water = ((PreparedGeometry) candidate).getGeometry();
            for (int part = 0; part < water.getNumGeometries(); part++) {
                Polygon polygon = (Polygon) water.getGeometryN(part);
                for (int ring = -1; ring < polygon.getNumInteriorRing(); ring++) {
                    LineString line = ring < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(ring);
                    if (ringWithin(line.getCoordinates(), latitude, longitude, cos, maxKm)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean ringWithin(Coordinate[] ring, double latitude, double longitude, double cos, double maxKm) {
        for (int i = 1; i < ring.length; i++) {
            double distance = Segments.distanceFromOrigin((ring[i - 1].x - longitude) * cos, ring[i - 1].y - latitude,
                    (ring[i].x - longitude) * cos, ring[i].y - latitude);
            if (distance * KM_PER_DEGREE <= maxKm) {
                return true;
            }
        }
        return false;
    }
}
