package org.tmfsafety.geo.river;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Topology, snapping and tracing on small hand-made HydroRIVERS-style networks near the equator, where 0.01°
 * is about 1.11 km.
 */
class RiverNetworkTest {

    /**
     * Two headwaters (1 from the north-west, 2 from the south-west) meet at (0, 1) and flow east as 3, then 4, to
     * the outlet at (0, 3). Reach 3 states its length; the others are measured.
     */
    private static RiverNetwork confluence() {
        return RiverNetwork.builder(4)
            .add(1, 3, Double.NaN, new double[] { 0, 1, 0.5, 0.5, 1, 0 }, "North", 0, Double.NaN)
            .add(2, 3, Double.NaN, new double[] { 0, -1, 1, 0 }, "South", 0, 2.5)
            .add(3, 4, 120, new double[] { 1, 0, 2, 0 }, "Main", 0, 9)
            .add(4, 0, Double.NaN, new double[] { 2, 0, 2.5, 0, 3, 0 }, "Main", 0, 10)
            .build();
    }

    @Test
    void resolvesDownstreamReachesAndComputesStrahlerOrders() {
        RiverNetwork network = confluence();
        int three = network.indexOf(3).orElseThrow();
        assertThat(network.downstream(network.indexOf(1).orElseThrow())).isEqualTo(three);
        assertThat(network.downstream(network.indexOf(4).orElseThrow())).isEqualTo(RiverNetwork.NONE);
        assertThat(network.strahlerOrder(network.indexOf(1).orElseThrow())).isEqualTo(1);
        assertThat(network.strahlerOrder(three)).isEqualTo(2);
        assertThat(network.strahlerOrder(network.indexOf(4).orElseThrow())).isEqualTo(2);
        assertThat(network.indexOf(99)).isEmpty();
    }

    @Test
    void measuresMissingLengthsGeodesicallyAndKeepsStatedOnes() {
        RiverNetwork network = confluence();
        assertThat(network.lengthKm(network.indexOf(3).orElseThrow())).isEqualTo(120);
        // one degree of longitude on the WGS84 equator is 111.32 km
        assertThat(network.lengthKm(network.indexOf(4).orElseThrow())).isCloseTo(111.32, within(0.01));
    }

    @Test
    void snapsToTheNearestReachAndTracesToTheOutlet() {
        RiverNetwork network = confluence();
        RiverSnap snap = network.snap(0.05, 1.5, 10).orElseThrow();
        assertThat(snap.reachId()).isEqualTo(3);
        assertThat(snap.latitude()).isCloseTo(0, within(1e-6));
        assertThat(snap.longitude()).isCloseTo(1.5, within(1e-6));
        assertThat(snap.distanceKm()).isCloseTo(5.53, within(0.01));
        // halfway along reach 3, whose stated length (120 km) scales the distance along it
        assertThat(snap.kmToReachEnd()).isCloseTo(60, within(0.01));
        DownstreamPath path = network.trace(snap);
        assertThat(Arrays.stream(path.reaches()).mapToLong(network::id)).containsExactly(3L, 4L);
        assertThat(path.lengthKm()).isCloseTo(60 + 111.32, within(0.01));
    }

    @Test
    void reportsNothingBeyondTheSnapDistance() {
        assertThat(confluence().snap(0.2, 1.5, 10)).isEmpty();
        assertThat(confluence().snap(0.2, 1.5, 0)).isEmpty();
    }

    @Test
    void aPointEquidistantToTwoRiversGoesToTheLargerOneWhateverTheOrderOfTheData() {
        double[] north = { 0, 0.1, 1, 0.1 };
        double[] south = { 0, -0.1, 1, -0.1 };
        RiverNetwork smallFirst = RiverNetwork.builder(2).add(7, 0, Double.NaN, north, null, 1, 1)
            .add(8, 0, Double.NaN, south, null, 2, 1).build();
        RiverNetwork largeFirst = RiverNetwork.builder(2).add(8, 0, Double.NaN, south, null, 2, 1)
            .add(7, 0, Double.NaN, north, null, 1, 1).build();
        assertThat(smallFirst.snap(0, 0.5, 20).orElseThrow().reachId()).isEqualTo(8);
        assertThat(largeFirst.snap(0, 0.5, 20).orElseThrow().reachId()).isEqualTo(8);
        RiverNetwork sameOrder = RiverNetwork.builder(2).add(8, 0, Double.NaN, south, null, 1, 1)
            .add(7, 0, Double.NaN, north, null, 1, 1).build();
        assertThat(sameOrder.snap(0, 0.5, 20).orElseThrow().reachId()).isEqualTo(7);
    }

    @Test
    void breaksACycleAndReportsIt() {
        RiverNetwork.Builder builder = RiverNetwork.builder(3)
            .add(1, 2, Double.NaN, new double[] { 0, 0, 1, 0 }, null, 0, Double.NaN)
            .add(2, 3, Double.NaN, new double[] { 1, 0, 1, 1 }, null, 0, Double.NaN)
            .add(3, 2, Double.NaN, new double[] { 1, 1, 1, 0 }, null, 0, Double.NaN);
        RiverNetwork network = builder.build();
        NetworkReport report = builder.report();
        assertThat(report.count(NetworkIssue.Type.CYCLE)).isEqualTo(1);
        assertThat(report.issues().get(0).reachIds()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(report.outletCount()).isEqualTo(1);
        DownstreamPath path = network.trace(network.snap(0, 0.5, 5).orElseThrow());
        assertThat(path.reachCount()).isEqualTo(3);
    }

    @Test
    void makesAReachWithAnUnknownDownstreamReachAnOutletAndReportsIt() {
        RiverNetwork.Builder builder = RiverNetwork.builder(1)
            .add(1, 42, Double.NaN, new double[] { 0, 0, 1, 0 }, null, 0, Double.NaN);
        RiverNetwork network = builder.build();
        assertThat(network.downstream(0)).isEqualTo(RiverNetwork.NONE);
        assertThat(builder.report().issues()).containsExactly(
                new NetworkIssue(NetworkIssue.Type.UNKNOWN_DOWNSTREAM, List.of(1L), "42"));
    }

    @Test
    void refusesBadReachesNamingThem() {
        assertThatThrownBy(() -> RiverNetwork.builder(1).add(5, 0, 1, new double[] { 0, 0 }, null, 0, 1))
            .hasMessageContaining("reach 5");
        assertThatThrownBy(() -> RiverNetwork.builder(1).add(6, 0, 1, new double[] { 0, 0, 200, 0 }, null, 0, 1))
            .hasMessageContaining("reach 6").hasMessageContaining("point 2");
        assertThatThrownBy(() -> RiverNetwork.builder(1).add(7, 0, -1, new double[] { 0, 0, 1, 0 }, null, 0, 1))
            .hasMessageContaining("reach 7").hasMessageContaining("LENGTH_KM");
        assertThatThrownBy(() -> RiverNetwork.builder(2).add(8, 0, 1, new double[] { 0, 0, 1, 0 }, null, 0, 1)
            .add(8, 0, 1, new double[] { 0, 1, 1, 1 }, null, 0, 1).build()).hasMessageContaining("reach 8");
    }

    @Test
    void growsBeyondItsExpectedSize() {
        RiverNetwork.Builder builder = RiverNetwork.builder(1);
        for (int i = 1; i <= 500; i++) {
            builder.add(i, i + 1, Double.NaN, new double[] { i * 0.01, 0, i * 0.01 + 0.01, 0 }, null, 0, Double.NaN);
        }
        RiverNetwork network = builder.build();
        assertThat(network.size()).isEqualTo(500);
        DownstreamPath path = network.trace(network.snap(0, 0.015, 1).orElseThrow());
        assertThat(path.reachCount()).isEqualTo(500);
        assertThat(path.lengthKm()).isCloseTo(0.005 * 111.32 + 499 * 0.01 * 111.32, within(0.01));
    }
}
