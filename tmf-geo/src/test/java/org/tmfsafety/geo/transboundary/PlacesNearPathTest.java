package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlacesNearPathTest {

    /** One degree of longitude along the equator on WGS84: 2π·6378.137 km / 360. */
    private static final double EQUATOR_DEGREE_KM = 111.3195;

    /** One degree of latitude at the equator on WGS84 (meridian arc 0°–1°). */
    private static final double MERIDIAN_DEGREE_KM = 110.5743;

    private final List<double[]> eastAlongTheEquator = List.of(new double[] { 0, 0 }, new double[] { 1, 0 },
            new double[] { 2, 0 });

    @Test
    void aPlaceBesideThePathLiesAlongItWhereItsPerpendicularMeetsIt() {
        PlacesNearPath.Place town = new PlacesNearPath.Place("town", 0.05, 1.5);

        List<PlacesNearPath.Near> near = PlacesNearPath.within(eastAlongTheEquator, List.of(town), 10);

        assertThat(near).hasSize(1);
        assertThat(near.get(0).alongKm()).isCloseTo(1.5 * EQUATOR_DEGREE_KM, within(0.05));
        assertThat(near.get(0).offKm()).isCloseTo(0.05 * MERIDIAN_DEGREE_KM, within(0.01));
    }

    @Test
    void placesFartherThanTheDistanceAreLeftOutAndTheRestComeInFlowOrder() {
        PlacesNearPath.Place downstream = new PlacesNearPath.Place("downstream", -0.02, 1.9);
        PlacesNearPath.Place upstream = new PlacesNearPath.Place("upstream", 0.01, 0.2);
        PlacesNearPath.Place far = new PlacesNearPath.Place("far", 0.5, 1.0);
        PlacesNearPath.Place beyondTheEnd = new PlacesNearPath.Place("beyond", 0, 2.2);

        List<PlacesNearPath.Near> near = PlacesNearPath.within(eastAlongTheEquator,
                List.of(downstream, far, upstream, beyondTheEnd), 10);

        assertThat(near).extracting(n -> n.place().key()).containsExactly("upstream", "downstream");
    }

    @Test
    void aPlacePastTheEndIsMeasuredToTheEnd() {
        PlacesNearPath.Place beyondTheEnd = new PlacesNearPath.Place("beyond", 0, 2.05);

        List<PlacesNearPath.Near> near = PlacesNearPath.within(eastAlongTheEquator, List.of(beyondTheEnd), 10);

        assertThat(near.get(0).alongKm()).isCloseTo(2 * EQUATOR_DEGREE_KM, within(0.05));
        assertThat(near.get(0).offKm()).isCloseTo(0.05 * EQUATOR_DEGREE_KM, within(0.01));
    }
}
