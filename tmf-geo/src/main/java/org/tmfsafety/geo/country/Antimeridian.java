package org.tmfsafety.geo.country;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Cuts polygons that cross the antimeridian into parts on either side of it. Spherical data sets such as
 * world-atlas (made for d3-geo) draw eastern Russia, Fiji or the Aleutians with rings that jump from +180° to −180°;
 * read on the plane, such a ring sweeps a band around the whole globe (Russia's covered northern Sweden at 67°N).
 */
public final class Antimeridian {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Antimeridian() {
    }

    /**
     * Returns the geometry with each polygon that crosses the antimeridian replaced by its parts west and east of it,
     * all within −180°..180°; other polygons, and polygons around a pole (whose rings do not close when unwrapped),
     * are returned unchanged.
     */
    public static Geometry split(Geometry geometry) {
        List<Polygon> parts = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (!(part instanceof Polygon polygon) || polygon.getEnvelopeInternal().getWidth() <= 180) {
                addPolygons(part, parts);
                continue;
            }
            Polygon unwrapped = unwrap(polygon);
            if (unwrapped == null) {
                parts.add(polygon);
                continue;
            }
            changed = true;
            for (double shift : new double[] { -360, 0, 360 }) {
                Geometry window = FACTORY.toGeometry(new Envelope(-180 + shift, 180 + shift, -90, 90));
                Geometry piece = unwrapped.intersection(window);
                if (!piece.isEmpty()) {
                    addPolygons(AffineTransformation.translationInstance(-shift, 0).transform(piece), parts);
                }
            }
        }
        return changed ? FACTORY.createMultiPolygon(parts.toArray(new Polygon[0])) : geometry;
    }

    private static void addPolygons(Geometry geometry, List<Polygon> into) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                into.add(polygon);
            }
        }
    }

    /** The polygon with longitudes made continuous (no step over 180°), or null when a ring does not close. */
    private static Polygon unwrap(Polygon polygon) {
        LinearRing shell = unwrap(polygon.getExteriorRing().getCoordinates(), 0);
        if (shell == null) {
            return null;
        }
        double centre = shell.getEnvelopeInternal().centre().x;
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            Coordinate[] ring = polygon.getInteriorRingN(h).getCoordinates();
            LinearRing hole = unwrap(ring, 0);
            if (hole == null) {
                return null;
            }
            double offset = Math.rint((centre - hole.getEnvelopeInternal().centre().x) / 360) * 360;
            holes[h] = offset == 0 ? hole : unwrap(ring, offset);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing unwrap(Coordinate[] ring, double start) {
        Coordinate[] out = new Coordinate[ring.length];
        double offset = start;
        for (int i = 0; i < ring.length; i++) {
            if (i > 0) {
                double step = ring[i].x - ring[i - 1].x;
                offset += step > 180 ? -360 : step < -180 ? 360 : 0;
            }
            out[i] = new Coordinate(ring[i].x + offset, ring[i].y);
        }
        return out[0].equals2D(out[out.length - 1]) ? FACTORY.createLinearRing(out) : null;
    }
}
