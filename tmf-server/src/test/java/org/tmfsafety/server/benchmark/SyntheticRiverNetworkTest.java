package org.tmfsafety.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tmfsafety.geo.river.RiverNetwork;

/** The shape of the benchmark's generated river network, on 10,000 reaches. */
class SyntheticRiverNetworkTest {

    private static final int REACHES = 10_000;

    private static SyntheticRiverNetwork rivers;

    @BeforeAll
    static void generate() {
        rivers = SyntheticRiverNetwork.generate(REACHES, 6);
    }

    @Test
    void hasExactlyTheReachesAskedForWithHydroRiversIdentifiers() {
        assertThat(rivers.size()).isEqualTo(REACHES);
        assertThat(rivers.id(0)).isEqualTo(40_000_001L);
        assertThat(rivers.id(REACHES - 1)).isEqualTo(40_000_000L + REACHES);
    }

    @Test
    void reachesHaveTenToTwentyVerticesAndAreOneToTenKilometresLong() {
        double total = 0;
        for (int i = 0; i < rivers.size(); i++) {
            assertThat(rivers.vertexCount(i)).isBetween(10, 20);
            assertThat(rivers.lengthKm(i)).isBetween(0.3, 10.0);
            total += rivers.lengthKm(i);
            for (int v = 0; v < rivers.vertexCount(i); v++) {
                assertThat(rivers.longitude(i, v)).isBetween(50.0, 90.0);
                assertThat(rivers.latitude(i, v)).isBetween(36.0, 56.0);
            }
        }
        assertThat(total / rivers.size()).isBetween(2.5, 5.0);
    }

    @Test
    void lengthsAreMeasuredAlongTheGeometry() {
        for (int i = 0; i < rivers.size(); i += 97) {
            double km = 0;
            for (int v = 0; v + 1 < rivers.vertexCount(i); v++) {
                km += SyntheticRiverNetwork.sphereKm(rivers.latitude(i, v), rivers.longitude(i, v),
                        rivers.latitude(i, v + 1), rivers.longitude(i, v + 1));
            }
            assertThat(rivers.lengthKm(i)).isCloseTo(km, within(0.001));
        }
    }

    @Test
    void everyDownstreamReachExistsAndStartsWhereItsUpstreamReachEnds() {
        int outlets = 0;
        for (int i = 0; i < rivers.size(); i++) {
            long next = rivers.nextDown(i);
            if (next == 0) {
                outlets++;
                continue;
            }
            int down = rivers.indexOf(next);
            assertThat(down).as("downstream of %d", rivers.id(i)).isBetween(0, i - 1);
            int last = rivers.vertexCount(i) - 1;
            assertThat(rivers.longitude(i, last)).isEqualTo(rivers.longitude(down, 0));
            assertThat(rivers.latitude(i, last)).isEqualTo(rivers.latitude(down, 0));
        }
        assertThat(outlets).isEqualTo(rivers.basinCount());
    }

    @Test
    void hasNoCycleAndConfluencesAreMostlyOfTwoRivers() {
        int[] inflows = new int[rivers.size()];
        for (int i = 0; i < rivers.size(); i++) {
            int steps = 0;
            for (long id = rivers.id(i); id != 0; id = rivers.nextDown(rivers.indexOf(id))) {
                assertThat(++steps).as("cycle through %d", rivers.id(i)).isLessThanOrEqualTo(rivers.size());
            }
            if (rivers.nextDown(i) != 0) {
                inflows[rivers.indexOf(rivers.nextDown(i))]++;
            }
        }
        int[] count = new int[5];
        for (int n : inflows) {
            count[Math.min(4, n)]++;
        }
        assertThat(count[0]).as("headwaters").isBetween(REACHES * 3 / 10, REACHES / 2);
        assertThat(count[2]).as("confluences of two").isGreaterThan(5 * count[3]);
        assertThat(count[4]).as("confluences of four or more").isZero();
    }

    @Test
    void pathsToTheOutletRangeFromOneReachToHundreds() {
        int[] depth = rivers.reachesToOutlet();
        Arrays.sort(depth);
        assertThat(depth[0]).isEqualTo(1);
        assertThat(depth[depth.length / 10]).isGreaterThanOrEqualTo(10);
        assertThat(depth[depth.length / 2]).isBetween(50, 500);
        assertThat(depth[depth.length - 1]).isBetween(200, 2_000);
    }

    @Test
    void buildsIntoARiverNetworkWithoutFindingsAndIsTheSameForTheSameSeed() {
        RiverNetwork.Builder builder = rivers.addTo(RiverNetwork.builder(REACHES));
        RiverNetwork network = builder.build();
        assertThat(builder.report().issues()).isEmpty();
        assertThat(builder.report().outletCount()).isEqualTo(rivers.basinCount());
        assertThat(network.strahlerOrder(0)).isEqualTo(rivers.strahlerOrder(0)).isGreaterThanOrEqualTo(5);
        SyntheticRiverNetwork again = SyntheticRiverNetwork.generate(REACHES, 6);
        for (int i = 0; i < REACHES; i += 101) {
            assertThat(again.lonLat(i)).isEqualTo(rivers.lonLat(i));
            assertThat(again.nextDown(i)).isEqualTo(rivers.nextDown(i));
        }
    }
}
