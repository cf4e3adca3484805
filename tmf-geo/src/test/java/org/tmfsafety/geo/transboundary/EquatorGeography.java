package org.tmfsafety.geo.transboundary;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.RiverNetwork;

/**
 * Hand-made geography at the equator for screening tests: country AAA from 0° to 1°E, BBB from 1°E to 3°E (latitudes
 * -1° to 1°), a river along the equator flowing east from 0.2°E into a lake at 2.5–2.8°E that drains on to 2.9°E,
 * and, for tests that need a network extent reaching north, a second river 0.6° further north.
 */
final class EquatorGeography {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    static final CountryIndex COUNTRIES = CountryIndex.of(Map.of("AAA", box(0, -1, 1, 1), "BBB", box(1, -1, 3, 1)));

    static final WaterBodies LAKE = WaterBodies.of(List.of(box(2.5, -0.1, 2.8, 0.1)));

    private EquatorGeography() {
    }

    static Geometry box(double west, double south, double east, double north) {
        return FACTORY.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
                new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
    }

    /** The border river: reaches 1 (0.2°E to 1.4°E) and 2 (on to 2.9°E, through the lake). */
    static RiverNetwork borderRiver() {
        return RiverNetwork.builder(2)
            .add(1, 2, Double.NaN, new double[] { 0.2, 0, 0.6, 0, 1.4, 0 }, "Border river", 0, Double.NaN)
            .add(2, 0, Double.NaN, new double[] { 1.4, 0, 2.6, 0, 2.9, 0 }, "Border river", 0, Double.NaN)
            .build();
    }

    /** The border river and reach 3, a river along 0.6°N from 0.1°E to 0.8°E. */
    static RiverNetwork twoRivers() {
        return RiverNetwork.builder(3)
            .add(1, 2, Double.NaN, new double[] { 0.2, 0, 0.6, 0, 1.4, 0 }, "Border river", 0, Double.NaN)
            .add(2, 0, Double.NaN, new double[] { 1.4, 0, 2.6, 0, 2.9, 0 }, "Border river", 0, Double.NaN)
            .add(3, 0, Double.NaN, new double[] { 0.1, 0.6, 0.8, 0.6 }, "Northern river", 0, Double.NaN)
            .build();
    }
}
