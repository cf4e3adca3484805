package org.tmfsafety.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tmfsafety.geo.crs.CoordinateSystem.Hemisphere;

/**
 * The transformations compared with PROJ's cs2cs on grids of points across each zone, out to about 3.5°
 * from the central meridian. 1e-7° is about 1 cm.
 */
class ProjOracleTest {

    private static final double DEGREES_1_CM = 1e-7;

    /**
     * The bound in metres on the distance between proj4j's Pulkovo 1942 to WGS84 shift and the one PROJ picks
     * from the EPSG database, over the points of {@link #gaussKrugerAgreesWithPROJsOwnEpsgTransformation}.
     * proj4j applies +towgs84=23.92,-141.27,-80.9,0,0.35,0.82,-0.12 (EPSG:1267 "Pulkovo 1942 to WGS 84
     * (17)", rotations in position vector signs); for Kazakhstan and Central Asia PROJ 9 picks EPSG:15865
     * "Pulkovo 1942 to WGS 84 (16)", 25,-141,-78.5,0,0.35,0.736,0, whose accuracy EPSG gives as 4.5 m. The
     * translations differ by 2.65 m, the rotations about the polar axis by 0.084″ (1.6 to 2.0 m at these
     * latitudes) and the scales by 0.12 ppm (mostly height); depending on the place the parts add up or
     * cancel. Measured on zones 9 to 15 from 39.7° to 53.2° N: 0.45 m to 3.51 m. The bound leaves half a
     * metre over the largest; both shifts lie within the accuracy EPSG states, far below what a facility's
     * position needs, while a datum shift left out would be off by 50 m (zone 13) to more than 100 m
     * (zone 9).
     */
    private static final double PULKOVO_SHIFT_DIFFERENCE_METRES = 4.0;

    @ParameterizedTest(name = "UTM zone {0}N")
    @ValueSource(ints = { 40, 41, 42, 43, 44, 45 })
    void utmNorthernZonesOfKazakhstanAgreeWithPROJ(int zone) {
        List<double[]> points = grid(new double[] { 260_000, 380_000, 500_000, 620_000, 740_000 },
                new double[] { 4_450_000, 5_000_000, 5_550_000, 6_000_000 });
        List<double[]> expected = Cs2cs.transform(List.of("EPSG:" + (32600 + zone), "EPSG:4326"), points);
        CoordinateTransformer fixed = new CoordinateTransformer(CoordinateSystem.utm(zone, Hemisphere.NORTH));
        CoordinateTransformer perRow = new CoordinateTransformer(CoordinateSystem.utmZonePerRow(Hemisphere.NORTH));
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            assertPosition(fixed.toWgs84(point[0], point[1]), expected.get(i), point);
            assertPosition(perRow.toWgs84(point[0], point[1], zone), expected.get(i), point);
        }
    }

    @Test
    void utmSouthernZoneAgreesWithPROJ() {
        // zone 35S: Johannesburg (26.20° S, 28.05° E) lies near 604 600 E, 7 101 300 N
        List<double[]> points = grid(new double[] { 280_000, 500_000, 604_600, 720_000 },
                new double[] { 6_200_000, 7_101_300, 8_500_000, 9_990_000 });
        List<double[]> expected = Cs2cs.transform(List.of("EPSG:32735", "EPSG:4326"), points);
        CoordinateTransformer fixed = new CoordinateTransformer(CoordinateSystem.utm(35, Hemisphere.SOUTH));
        CoordinateTransformer perRow = new CoordinateTransformer(CoordinateSystem.utmZonePerRow(Hemisphere.SOUTH));
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            assertThat(expected.get(i)[0]).isNegative();
            assertPosition(fixed.toWgs84(point[0], point[1]), expected.get(i), point);
            assertPosition(perRow.toWgs84(point[0], point[1], 35), expected.get(i), point);
        }
    }

    @Test
    void epsgUtmCodeAgreesWithPROJ() {
        List<double[]> points = grid(new double[] { 300_000, 500_000, 700_000 },
                new double[] { 4_600_000, 4_800_000, 5_400_000 });
        List<double[]> expected = Cs2cs.transform(List.of("EPSG:32642", "EPSG:4326"), points);
        CoordinateTransformer transformer = new CoordinateTransformer(CoordinateSystem.epsg(32642));
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            assertPosition(transformer.toWgs84(point[0], point[1]), expected.get(i), point);
        }
    }

    /**
     * The projection maths: PROJ gets the very definition proj4j uses (with its +towgs84), so that only the
     * two implementations differ. Eastings with and without the zone prefix, one-zone and prefix systems.
     */
    @ParameterizedTest(name = "Gauss-Krüger zone {0}")
    @ValueSource(ints = { 9, 10, 11, 12, 13, 14, 15 })
    void gaussKrugerProjectionAgreesWithPROJOnTheSameDefinition(int zone) {
        List<double[]> points = gaussKrugerGrid(zone);
        List<double[]> expected = Cs2cs.transform(sameDefinition(28400 + zone), points);
        CoordinateTransformer fixed = new CoordinateTransformer(CoordinateSystem.gaussKruger(zone));
        CoordinateTransformer fromPrefix = new CoordinateTransformer(CoordinateSystem.gaussKrugerZoneFromPrefix());
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            double[] latLon = { expected.get(i)[1], expected.get(i)[0] };
            double withoutPrefix = point[0] - zone * 1_000_000.0;
            assertPosition(fixed.toWgs84(point[0], point[1]), latLon, point);
            assertPosition(fixed.toWgs84(withoutPrefix, point[1]), latLon, point);
            assertPosition(fromPrefix.toWgs84(point[0], point[1]), latLon, point);
            assertPosition(fromPrefix.toWgs84(withoutPrefix, point[1], zone), latLon, point);
        }
    }

    /**
     * The datum shift: PROJ transforms EPSG:284zz to EPSG:4326 with a transformation of its own choosing
     * (see {@link #PULKOVO_SHIFT_DIFFERENCE_METRES}). EPSG orders the axes of these systems northing (X)
     * first, easting (Y) second, so PROJ gets them in that order.
     */
    @Test
    void gaussKrugerAgreesWithPROJsOwnEpsgTransformation() {
        double largest = 0;
        for (int zone = 9; zone <= 15; zone++) {
            List<double[]> points = gaussKrugerGrid(zone);
            List<double[]> northingFirst = points.stream().map(p -> new double[] { p[1], p[0] }).toList();
            List<double[]> expected = Cs2cs.transform(List.of("EPSG:" + (28400 + zone), "EPSG:4326"), northingFirst);
            CoordinateTransformer transformer = new CoordinateTransformer(CoordinateSystem.gaussKruger(zone));
            for (int i = 0; i < points.size(); i++) {
                LatLon actual = transformer.toWgs84(points.get(i)[0], points.get(i)[1]);
                double metres = Geodesic.WGS84.Inverse(actual.latitude(), actual.longitude(), expected.get(i)[0],
                        expected.get(i)[1]).s12;
                largest = Math.max(largest, metres);
            }
        }
        assertThat(largest).isLessThan(PULKOVO_SHIFT_DIFFERENCE_METRES);
    }

    /** Two Pulkovo 1942 codes as EPSG systems: zone 10 with prefix, and 2502 (central meridian 69° E, none). */
    @ParameterizedTest(name = "EPSG:{0}")
    @ValueSource(ints = { 28410, 2502 })
    void pulkovoEpsgCodesAgreeWithPROJOnTheSameDefinition(int code) {
        double falseEasting = code == 28410 ? 10_000_000 : 0;
        List<double[]> points = grid(new double[] { falseEasting + 250_000, falseEasting + 500_000,
                falseEasting + 760_000 }, new double[] { 4_450_000, 5_000_000, 5_800_000 });
        List<double[]> expected = Cs2cs.transform(sameDefinition(code), points);
        CoordinateTransformer transformer = new CoordinateTransformer(CoordinateSystem.epsg(code));
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            assertPosition(transformer.toWgs84(point[0], point[1]), new double[] { expected.get(i)[1],
                    expected.get(i)[0] }, point);
        }
    }

    /** A geographic EPSG system: Pulkovo 1942 longitude (as easting) and latitude (as northing) in degrees. */
    @Test
    void geographicEpsgCodeAgreesWithPROJOnTheSameDefinition() {
        List<double[]> points = grid(new double[] { 51.5, 66.9, 76.95, 87.3 },
                new double[] { 40.2, 43.25, 49.8, 55.4 });
        List<double[]> expected = Cs2cs.transform(sameDefinition(4284), points);
        CoordinateTransformer transformer = new CoordinateTransformer(CoordinateSystem.epsg(4284));
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            assertPosition(transformer.toWgs84(point[0], point[1]), new double[] { expected.get(i)[1],
                    expected.get(i)[0] }, point);
        }
    }

    /**
     * Prefixed eastings out to about 3.5° from the central meridian: 290 km at 39.7° and 40.6° N, 230 km at
     * 46.9° and 53.2° N (a degree of longitude shrinks from 86 km to 67 km).
     */
    private static List<double[]> gaussKrugerGrid(int zone) {
        double prefix = zone * 1_000_000.0;
        List<double[]> points = grid(new double[] { prefix + 210_000, prefix + 300_000, prefix + 500_000,
                prefix + 700_000, prefix + 790_000 }, new double[] { 4_400_000, 4_500_000 });
        points.addAll(grid(new double[] { prefix + 270_000, prefix + 380_000, prefix + 500_000, prefix + 620_000,
                prefix + 730_000 }, new double[] { 5_200_000, 5_900_000 }));
        return points;
    }

    /** The cs2cs arguments from proj4j's own definition of an EPSG code to WGS84 longitude and latitude. */
    private static List<String> sameDefinition(int code) {
        List<String> arguments = new ArrayList<>(
                Arrays.asList(EpsgCatalogue.system(code).getParameterString().strip().split("\\s+")));
        assertThat(arguments).anyMatch(parameter -> parameter.startsWith("+towgs84="));
        arguments.addAll(List.of("+to", "+proj=longlat", "+datum=WGS84", "+no_defs"));
        return arguments;
    }

    private static List<double[]> grid(double[] eastings, double[] northings) {
        List<double[]> points = new ArrayList<>();
        for (double easting : eastings) {
            for (double northing : northings) {
                points.add(new double[] { easting, northing });
            }
        }
        return points;
    }

    private static void assertPosition(LatLon actual, double[] expectedLatLon, double[] point) {
        String where = "easting " + point[0] + ", northing " + point[1];
        assertThat(actual.latitude()).as("latitude at " + where).isCloseTo(expectedLatLon[0], within(DEGREES_1_CM));
        assertThat(actual.longitude()).as("longitude at " + where).isCloseTo(expectedLatLon[1], within(DEGREES_1_CM));
    }

}
