package org.tmfsafety.geo.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Country lookup and nearest land border on small hand-made countries. */
class CountryIndexTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** A rectangle from (west, south) to (east, north), drawn counter-clockwise. */
    private static Geometry box(double west, double south, double east, double north) {
        return FACTORY.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
                new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
    }

    /** Two countries side by side on the equator sharing the meridian 1°E, a third to the north, an island. */
    private final CountryIndex index = CountryIndex.of(Map.of(
            "AAA", box(0, 0, 1, 1),
            "BBB", box(1, 0, 2, 1),
            "CCC", FACTORY.createPolygon(new Coordinate[] { new Coordinate(0, 1), new Coordinate(1, 1),
                    new Coordinate(2, 1), new Coordinate(2, 3), new Coordinate(0, 3), new Coordinate(0, 1) }),
            "ISL", box(10, 10, 11, 11)));

    @Test
    void findsTheCountryOfAPointAndNoneAtSea() {
        assertThat(index.countryAt(0.5, 0.5)).contains("AAA");
        assertThat(index.countryAt(0.5, 1.5)).contains("BBB");
        assertThat(index.countryAt(10.5, 10.5)).contains("ISL");
        assertThat(index.countryAt(5, 5)).isEmpty();
    }

    @Test
    void measuresTheDistanceToACountrysTerritoryGeodesically() {
        assertThat(index.distanceKm("AAA", 0.5, 0.5)).hasValue(0);
        // From BBB at 0.5°N 1.2°E to AAA's east side at 1°E: 0.2° of longitude, 22.26 km.
        assertThat(index.distanceKm("AAA", 0.5, 1.2).orElseThrow()).isCloseTo(22.26, within(0.02));
        // From the sea at 0.5°S to AAA's south side: 0.5° of latitude, 55.29 km.
        assertThat(index.distanceKm("AAA", -0.5, 0.5).orElseThrow()).isCloseTo(55.29, within(0.05));
        // To the island's corner (10°N 10°E) from 9°N 9°E: the geodesic of WGS84, 155.8 km.
        assertThat(index.distanceKm("ISL", 9, 9).orElseThrow()).isCloseTo(155.8, within(0.3));
        assertThat(index.distanceKm("ZZZ", 0.5, 0.5)).isEmpty();
    }

    @Test
    void cutsACountryDrawnAcrossTheAntimeridianInsteadOfSweepingTheGlobe() {
        // A ring from 170°E eastwards to 170°W, as spherical data sets write it: longitudes jump from +170 to -170.
        Geometry chukotka = FACTORY.createPolygon(new Coordinate[] { new Coordinate(170, 60), new Coordinate(-170, 60),
                new Coordinate(-170, 70), new Coordinate(170, 70), new Coordinate(170, 60) });
        Geometry split = Antimeridian.split(chukotka);
        assertThat(split.getNumGeometries()).isEqualTo(2);
        assertThat(split.getArea()).isCloseTo(200, within(1e-9));
        assertThat(split.getEnvelopeInternal().getMinX()).isEqualTo(-180);
        CountryIndex wrapped = CountryIndex.of(Map.of("RRR", chukotka, "SSS", box(15, 65, 25, 69)));
        assertThat(wrapped.countryAt(67, 21)).contains("SSS");
        assertThat(wrapped.countryAt(65, 175)).contains("RRR");
        assertThat(wrapped.countryAt(65, -175)).contains("RRR");
        assertThat(wrapped.countryAt(65, 0)).isEmpty();
        assertThat(Antimeridian.split(box(0, 0, 1, 1))).isEqualTo(box(0, 0, 1, 1));
    }

    @Test
    void onlyEdgesSharedByTwoCountriesAreBorders() {
        // AAA|BBB one edge, AAA|CCC one edge, BBB|CCC one edge (CCC's south side is split at 1°E to match).
        assertThat(index.borderEdgeCount()).isEqualTo(3);
    }

    @Test
    void measuresTheNearestBorderGeodesicallyAndNamesTheCountryAcross() {
        BorderProximity proximity = index.nearestBorder(0.5, 0.8).orElseThrow();
        assertThat(proximity.country()).isEqualTo("AAA");
        assertThat(proximity.foreignCountry()).isEqualTo("BBB");
        // 0.2° of longitude at 0.5°N on WGS84: 111.32 km/° × cos(0.5°) × 0.2 = 22.26 km.
        assertThat(proximity.distanceKm()).isCloseTo(22.26, within(0.02));
        assertThat(proximity.borderLongitude()).isCloseTo(1.0, within(1e-9));
        assertThat(proximity.borderLatitude()).isCloseTo(0.5, within(1e-3));

        BorderProximity north = index.nearestBorder(0.9, 0.5).orElseThrow();
        assertThat(north.foreignCountry()).isEqualTo("CCC");
        // 0.1° of latitude near the equator: 11.06 km.
        assertThat(north.distanceKm()).isCloseTo(11.06, within(0.02));
    }

    @Test
    void aPointFarInsideStillFindsItsBorderBeyondTheFirstSearchWindow() {
        CountryIndex wide = CountryIndex.of(Map.of("BIG", box(0, 0, 20, 10), "NXT", box(20, 0, 22, 10)));
        BorderProximity proximity = wide.nearestBorder(5, 2).orElseThrow();
        assertThat(proximity.foreignCountry()).isEqualTo("NXT");
        assertThat(proximity.distanceKm()).isBetween(1_990.0, 2_000.0);
    }

    @Test
    void islandsAndTheSeaHaveNoLandBorder() {
        assertThat(index.nearestBorder(10.5, 10.5)).isEmpty();
        assertThat(index.nearestBorder(5, 5)).isEmpty();
    }
}
