package org.tmfsafety.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tmfsafety.geo.crs.CoordinateSystem.Hemisphere;
import org.tmfsafety.geo.crs.CoordinateTransformException.Reason;

/** Hand-derived transformations, the zone rules and every reason for refusing a row. */
class CoordinateTransformerTest {

    private static final double WGS84_A = 6_378_137;

    private static final double WGS84_F = 1 / 298.257223563;

    private static final double UTM_SCALE = 0.9996;

    private final CoordinateTransformer utm43n = new CoordinateTransformer(CoordinateSystem.utm(43, Hemisphere.NORTH));

    private final CoordinateTransformer gk13 = new CoordinateTransformer(CoordinateSystem.gaussKruger(13));

    private final CoordinateTransformer gkPrefix = new CoordinateTransformer(
            CoordinateSystem.gaussKrugerZoneFromPrefix());

    @Test
    void utmFalseOriginLiesOnTheCentralMeridianAtTheEquator() {
        // zone 43 spans 72° to 78° E; its central meridian 75° E has easting 500 000, the equator northing 0
        LatLon north = utm43n.toWgs84(500_000, 0);
        assertThat(north.latitude()).isCloseTo(0, within(1e-9));
        assertThat(north.longitude()).isCloseTo(75, within(1e-9));
        // southern zones count from 10 000 000 m at the equator
        LatLon south = new CoordinateTransformer(CoordinateSystem.utm(43, Hemisphere.SOUTH)).toWgs84(500_000,
                10_000_000);
        assertThat(south.latitude()).isCloseTo(0, within(1e-9));
        assertThat(south.longitude()).isCloseTo(75, within(1e-9));
    }

    @Test
    void utmNorthingOnTheCentralMeridianIsTheScaledMeridianArc() {
        // on the central meridian the northing is 0.9996 times the length of the meridian from the equator
        double northing = UTM_SCALE * meridianArc(Math.toRadians(45));
        assertThat(northing).isCloseTo(4_982_950.40, within(0.01));
        LatLon position = utm43n.toWgs84(500_000, northing);
        assertThat(position.latitude()).isCloseTo(45, within(1e-9));
        assertThat(position.longitude()).isCloseTo(75, within(1e-9));
    }

    @Test
    void gaussKrugerEastingsWorkWithAndWithoutTheZonePrefix() {
        LatLon prefixed = gk13.toWgs84(13_456_789, 5_012_345);
        assertThat(gk13.toWgs84(456_789, 5_012_345)).isEqualTo(prefixed);
        assertThat(gk13.toWgs84(13_456_789, 5_012_345, 13)).isEqualTo(prefixed);
        assertThat(gkPrefix.toWgs84(13_456_789, 5_012_345)).isEqualTo(prefixed);
        assertThat(gkPrefix.toWgs84(456_789, 5_012_345, 13)).isEqualTo(prefixed);
        // 43 211 m west of the central meridian 75° E at about 45.2° N
        assertThat(prefixed.longitude()).isBetween(74.4, 74.5);
        assertThat(prefixed.latitude()).isBetween(45.2, 45.3);
    }

    @Test
    void russianXIsTheNorthingAndYTheEasting() {
        // a Soviet record "X = 5 012 345, Y = 13 456 789" in zone 13
        double x = 5_012_345;
        double y = 13_456_789;
        assertThat(gk13.toWgs84(y, x).latitude()).isBetween(45.2, 45.3);
        assertThatThrownBy(() -> gk13.toWgs84(x, y)).isInstanceOfSatisfying(CoordinateTransformException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ZONE_CONTRADICTED));
    }

    @Test
    void wgs84TakesLongitudeAsEastingAndLatitudeAsNorthingUnchanged() {
        CoordinateTransformer wgs84 = new CoordinateTransformer(CoordinateSystem.wgs84());
        assertThat(wgs84.toWgs84(76.9286, 43.2567)).isEqualTo(new LatLon(43.2567, 76.9286));
    }

    @Test
    void perRowZonesAreTakenFromEachRow() {
        CoordinateTransformer perRow = new CoordinateTransformer(CoordinateSystem.utmZonePerRow(Hemisphere.NORTH));
        assertThat(perRow.toWgs84(500_000, 0, 42).longitude()).isCloseTo(69, within(1e-9));
        assertThat(perRow.toWgs84(500_000, 0, 43).longitude()).isCloseTo(75, within(1e-9));
        assertThat(gkPrefix.toWgs84(9_500_000, 4_500_000).longitude()).isCloseTo(51, within(0.01));
        assertThat(gkPrefix.toWgs84(15_500_000, 4_500_000).longitude()).isCloseTo(87, within(0.01));
    }

    @Test
    void zonesAcrossTheAntimeridianAreCheckedAroundIt() {
        // zone 1 spans 180° to 174° W: at 54° N 720 000 E lies at 173.6° W, 300 000 E just across the antimeridian
        CoordinateTransformer zone1 = new CoordinateTransformer(CoordinateSystem.utm(1, Hemisphere.NORTH));
        assertThat(zone1.toWgs84(720_000, 6_000_000).longitude()).isCloseTo(-173.6, within(0.1));
        assertThat(zone1.toWgs84(300_000, 6_000_000).longitude()).isCloseTo(179.9, within(0.1));
        // Gauss-Krüger zone 32 has its central meridian at 189° E = 171° W
        CoordinateTransformer gk32 = new CoordinateTransformer(CoordinateSystem.gaussKruger(32));
        assertThat(gk32.toWgs84(32_500_000, 6_000_000).longitude()).isCloseTo(-171, within(0.01));
    }

    @ParameterizedTest(name = "{0}: {1}, {2}, zone {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "WGS84 | NaN | 43 | | NOT_FINITE",
            "UTM:43N | 500000 | Infinity | | NOT_FINITE",
            "GK:13 | -Infinity | 5000000 | | NOT_FINITE",
            "UTM-ROW:N | 500000 | 5000000 | | ZONE_MISSING",
            "GK-PREFIX | 456789 | 5000000 | | ZONE_MISSING",
            "UTM-ROW:N | 500000 | 5000000 | 0 | ZONE_INVALID",
            "UTM-ROW:S | 500000 | 5000000 | 61 | ZONE_INVALID",
            "GK-PREFIX | 456789 | 5000000 | 3 | ZONE_INVALID",
            "GK-PREFIX | 3456789 | 5000000 | | ZONE_INVALID",
            "GK-PREFIX | 33456789 | 5000000 | | ZONE_INVALID",
            "WGS84 | 76.9 | 43.2 | 43 | ZONE_INVALID",
            "EPSG:32643 | 500000 | 5000000 | 43 | ZONE_INVALID",
            "GK:13 | 12456789 | 5000000 | | ZONE_CONTRADICTED",
            "GK:13 | 456789 | 5000000 | 12 | ZONE_CONTRADICTED",
            "GK-PREFIX | 13456789 | 5000000 | 12 | ZONE_CONTRADICTED",
            "UTM:43N | 500000 | 5000000 | 42 | ZONE_CONTRADICTED",
            "UTM:43N | 99999 | 5000000 | | EASTING_OUT_OF_RANGE",
            "UTM:43N | 900001 | 5000000 | | EASTING_OUT_OF_RANGE",
            "UTM-ROW:N | -500000 | 5000000 | 43 | EASTING_OUT_OF_RANGE",
            "GK:13 | 13050000 | 5000000 | | EASTING_OUT_OF_RANGE",
            "GK:13 | 13950000 | 5000000 | | EASTING_OUT_OF_RANGE",
            "GK:13 | 950000 | 5000000 | | EASTING_OUT_OF_RANGE",
            "UTM:43N | 500000 | -1 | | NORTHING_OUT_OF_RANGE",
            "UTM:43S | 500000 | 10000001 | | NORTHING_OUT_OF_RANGE",
            "GK-PREFIX | 13500000 | -5 | | NORTHING_OUT_OF_RANGE",
            "UTM:43N | 120000 | 6000000 | | LONGITUDE_OUTSIDE_ZONE",
            "UTM:43N | 880000 | 6000000 | | LONGITUDE_OUTSIDE_ZONE",
            "GK:13 | 13120000 | 6000000 | | LONGITUDE_OUTSIDE_ZONE",
            "UTM:1N | 150000 | 6000000 | | LONGITUDE_OUTSIDE_ZONE",
            "WGS84 | 76.9 | 95 | | OUTSIDE_WORLD",
            "WGS84 | 181 | 43.2 | | OUTSIDE_WORLD",
            "EPSG:32643 | 50000000 | 30000000 | | OUTSIDE_WORLD" })
    void refusesImplausibleRowsWithAReasonAndTheValues(String system, double easting, double northing, Integer zone,
            Reason reason) {
        CoordinateTransformer transformer = new CoordinateTransformer(CoordinateSystem.parse(system));
        assertThatThrownBy(() -> transformer.toWgs84(easting, northing, zone))
            .isInstanceOfSatisfying(CoordinateTransformException.class, e -> {
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(Double.valueOf(e.easting())).isEqualTo(Double.valueOf(easting));
                assertThat(Double.valueOf(e.northing())).isEqualTo(Double.valueOf(northing));
                assertThat(e.zone()).isEqualTo(zone);
            });
    }

    @Test
    void acceptsTheEdgesOfTheRanges() {
        // 400 km from the central meridian is less than 4° of longitude only near the equator
        assertThat(utm43n.toWgs84(100_000, 1_000_000).longitude()).isBetween(71.3, 71.4);
        assertThat(utm43n.toWgs84(900_000, 1_000_000).longitude()).isBetween(78.6, 78.7);
        assertThat(gk13.toWgs84(13_500_000, 0).latitude()).isCloseTo(0, within(0.01));
    }

    /**
     * The length of the WGS84 meridian from the equator to a latitude, by Helmert's series in the third
     * flattening n (terms to n⁴, well below a millimetre).
     */
    private static double meridianArc(double latitude) {
        double n = WGS84_F / (2 - WGS84_F);
        double n2 = n * n;
        double n3 = n2 * n;
        double n4 = n3 * n;
        return WGS84_A / (1 + n) * ((1 + n2 / 4 + n4 / 64) * latitude
                - 1.5 * (n - n3 / 8) * Math.sin(2 * latitude)
                + 15.0 / 16 * (n2 - n4 / 4) * Math.sin(4 * latitude)
                - 35.0 / 48 * n3 * Math.sin(6 * latitude)
                + 315.0 / 512 * n4 * Math.sin(8 * latitude));
    }

}
