package org.tmfsafety.geo.river;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Topology from plain lines on small hand-made networks near the equator (0.01° is about 1.11 km), with a
 * tolerance of 1 km.
 */
class LineNetworkBuilderTest {

    private static long[] traceIds(RiverNetwork network, double lat, double lon) {
        DownstreamPath path = network.trace(network.snap(lat, lon, 2).orElseThrow());
        return Arrays.stream(path.reaches()).mapToLong(network::id).toArray();
    }

    private static List<NetworkIssue> issuesOf(NetworkReport report, NetworkIssue.Type type) {
        return report.issues().stream().filter(issue -> issue.type() == type).toList();
    }

    @Test
    void splitsTheMainRiverWhereATributaryJoinsIt() {
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .add(1, "Main", new double[] { 0, 0, 2, 0 })
            .add(2, "Tributary", new double[] { 1, 1, 1, 0.005 });
        RiverNetwork network = builder.build();
        assertThat(network.size()).isEqualTo(3);
        assertThat(builder.report().issues()).isEmpty();
        assertThat(builder.report().outletCount()).isEqualTo(1);
        long[] fromTributary = traceIds(network, 0.5, 1);
        assertThat(fromTributary).hasSize(2);
        assertThat(network.name(network.indexOf(fromTributary[1]).orElseThrow())).isEqualTo("Main");
        RiverSnap snap = network.snap(0.5, 1, 2).orElseThrow();
        // 0.495° of latitude down the tributary (54.73 km) and the lower half of the main river (111.32 km)
        assertThat(network.trace(snap).lengthKm()).isCloseTo(54.73 + 111.32, within(0.01));
        assertThat(network.strahlerOrder(network.indexOf(fromTributary[1]).orElseThrow())).isEqualTo(2);
    }

    @Test
    void reversesATributaryDigitisedFromItsMouthAndReportsIt() {
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .add(1, "Main", new double[] { 0, 0, 1, 0 })
            .add(2, "Main", new double[] { 1, 0, 2, 0 })
            .add(3, "Upside down", new double[] { 1, 0, 1, 1 });
        RiverNetwork network = builder.build();
        assertThat(issuesOf(builder.report(), NetworkIssue.Type.REVERSED))
            .containsExactly(new NetworkIssue(NetworkIssue.Type.REVERSED, List.of(3L), ""));
        int tributary = network.snap(0.9, 1, 2).orElseThrow().reach();
        assertThat(network.latitude(tributary, 0)).isEqualTo(1);
        long[] trace = traceIds(network, 0.9, 1);
        assertThat(network.longitude(network.indexOf(trace[trace.length - 1]).orElseThrow(), 1)).isEqualTo(2);
    }

    @Test
    void aHintedMouthWinsOverTheDigitisingDirection() {
        double[] upstream = { 0, 0, 1, 0, 2, 0 };
        RiverNetwork asDigitised = new LineNetworkBuilder(1).add(1, null, upstream).build();
        assertThat(asDigitised.longitude(0, 0)).isEqualTo(0);
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .outletHint((latitude, longitude) -> longitude == 0)
            .add(1, null, upstream);
        RiverNetwork hinted = builder.build();
        assertThat(hinted.longitude(0, 0)).isEqualTo(2);
        assertThat(builder.report().count(NetworkIssue.Type.REVERSED)).isEqualTo(1);
    }

    @Test
    void reportsACycleAndStillTracesToAnOutlet() {
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .add(1, null, new double[] { 0, 0, 1, 0 })
            .add(2, null, new double[] { 1, 0, 0.5, 1 })
            .add(3, null, new double[] { 0.5, 1, 0, 0 })
            .add(4, null, new double[] { 1, 0, 3, 0 });
        RiverNetwork network = builder.build();
        List<NetworkIssue> cycles = issuesOf(builder.report(), NetworkIssue.Type.CYCLE);
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0).reachIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        for (double[] point : new double[][] { { 0, 0.5 }, { 0.5, 0.75 }, { 0.5, 0.25 }, { 0, 2 } }) {
            long[] trace = traceIds(network, point[0], point[1]);
            int last = network.indexOf(trace[trace.length - 1]).orElseThrow();
            assertThat(network.longitude(last, network.vertexCount(last) - 1)).isEqualTo(3);
        }
    }

    @Test
    void reportsSeveralDownstreamReachesAtABraid() {
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .add(1, null, new double[] { 0, 0, 1, 0 })
            .add(2, null, new double[] { 1, 0, 1.5, 0.2, 2, 0 })
            .add(3, null, new double[] { 1, 0, 1.5, -0.2, 2, 0 })
            .add(4, null, new double[] { 2, 0, 3, 0 });
        RiverNetwork network = builder.build();
        assertThat(issuesOf(builder.report(), NetworkIssue.Type.SEVERAL_DOWNSTREAM))
            .extracting(NetworkIssue::reachIds).containsExactly(List.of(1L));
        assertThat(builder.report().count(NetworkIssue.Type.REVERSED)).isZero();
        assertThat(traceIds(network, 0.19, 1.5)).hasSize(2);
        assertThat(traceIds(network, -0.19, 1.5)).hasSize(2);
    }

    @Test
    void reportsADirectionItCannotDecide() {
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .add(1, null, new double[] { 0, 0, 1, 0 })
            .add(2, null, new double[] { 1, 0, 2, 0.5 })
            .add(3, null, new double[] { 1, 0, 2, -0.5 });
        builder.build();
        assertThat(issuesOf(builder.report(), NetworkIssue.Type.AMBIGUOUS_DIRECTION))
            .extracting(issue -> issue.reachIds().get(0)).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void reportsPartsNotConnectedToTheLargestOne() {
        LineNetworkBuilder builder = new LineNetworkBuilder(1)
            .add(1, null, new double[] { 0, 0, 1, 0 })
            .add(2, null, new double[] { 1, 0, 2, 0 })
            .add(3, null, new double[] { 5, 5, 6, 5 });
        builder.build();
        assertThat(issuesOf(builder.report(), NetworkIssue.Type.DISCONNECTED))
            .containsExactly(new NetworkIssue(NetworkIssue.Type.DISCONNECTED, List.of(3L), "1"));
        assertThat(builder.report().outletCount()).isEqualTo(2);
    }

    @Test
    void joinsLineEndsWithinTheToleranceOnly() {
        RiverNetwork joined = new LineNetworkBuilder(1).add(1, null, new double[] { 0, 0, 1, 0 })
            .add(2, null, new double[] { 1.005, 0, 2, 0 }).build();
        assertThat(traceIds(joined, 0.001, 0.5)).hasSize(2);
        RiverNetwork apart = new LineNetworkBuilder(0.1).add(1, null, new double[] { 0, 0, 1, 0 })
            .add(2, null, new double[] { 1.005, 0, 2, 0 }).build();
        assertThat(traceIds(apart, 0.001, 0.5)).hasSize(1);
    }

    @Test
    void refusesAnEmptyNetworkAndBadLines() {
        assertThatThrownBy(() -> new LineNetworkBuilder(1).build()).isInstanceOf(RiverNetworkException.class);
        assertThatThrownBy(() -> new LineNetworkBuilder(1).add(9, null, new double[] { 0, 0 }))
            .hasMessageContaining("line 9");
    }
}
