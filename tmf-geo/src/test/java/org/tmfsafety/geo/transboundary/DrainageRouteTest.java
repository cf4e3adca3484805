package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.RiverNetwork;

/**
 * Drainage routes (E16d) on the hand-made geography of {@link EquatorGeography}. Expected distances are geodesic (GeographicLib, WGS84), computed independently of the analyzer.
 */
class DrainageRouteTest {

    private final CountryIndex countries = EquatorGeography.COUNTRIES;

    private final RiverNetwork network = EquatorGeography.borderRiver();

    private final WaterBodies lake = EquatorGeography.LAKE;

    /** A rule flagging a crossing within 200 km along the path, and sites within 15 km of a border. */
    private final TransboundaryAnalyzer analyzer = new TransboundaryAnalyzer(countries, network, lake, 10,
            new LocationRule(15, 200));

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1000;
    }

    private static DrainageRoute drawn(double... latLon) {
        List<DrainageRoute.Point> points = new ArrayList<>();
        for (int i = 0; i < latLon.length; i += 2) {
            points.add(new DrainageRoute.Point(latLon[i], latLon[i + 1]));
        }
        return new DrainageRoute(points, DrainageRoute.Kind.DRAWN);
    }

    @Test
    void aBorderCrossedOnTheRouteItselfCounts() {
        // 55 km north of the river in AAA; the route runs east into BBB, then south to 1.1 km from the river
        TransboundaryResult result = analyzer.analyze(0.5, 0.5, drawn(0.5, 1.5, 0.01, 1.6));
        assertThat(result.snapDistanceKm()).as("no river within 10 km of the site").isNull();
        Downstream down = result.downstream();
        assertThat(down.crossesBorder()).isTrue();
        assertThat(down.firstForeignCountry()).isEqualTo("BBB");
        assertThat(down.countries()).containsExactly("AAA", "BBB");
        assertThat(down.crossingLongitude()).isCloseTo(1.0, within(1e-5));
        assertThat(down.crossingLatitude()).isCloseTo(0.5, within(1e-9));
        assertThat(down.alongRiverKmToBorder()).as("from the site along the route's first segment")
            .isCloseTo(km(0.5, 0.5, 0.5, 1.5) / 2, within(0.05));
        double routeKm = km(0.5, 0.5, 0.5, 1.5) + km(0.5, 1.5, 0.01, 1.6) + km(0.01, 1.6, 0, 1.6);
        assertThat(down.route().lengthKm()).isCloseTo(routeKm, within(0.01));
        assertThat(down.route().reachesNetwork()).isTrue();
        assertThat(down.route().reachId()).isEqualTo(2L);
        assertThat(down.route().approximate()).isFalse();
        assertThat(down.lengthKm()).as("route plus the river from 1.6°E to its end at 2.9°E")
            .isCloseTo(routeKm + km(0, 1.6, 0, 2.9), within(0.05));
        assertThat(down.path().get(0)).containsExactly(new double[] { 0.5, 0.5 }, within(1e-9));
        assertThat(down.path().get(down.path().size() - 1)).containsExactly(new double[] { 2.9, 0 }, within(1e-6));
        assertThat(down.reachesLake()).isTrue();
        assertThat(result.verdict()).isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);
        assertThat(result.criteriaMet()).containsExactly(TransboundaryResult.Criterion.DOWNSTREAM_CROSSING);
    }

    @Test
    void aRouteEndingOnAReachGoesOnDownTheNetworkAndItsLengthCounts() {
        // 0.5° north of the river at 0.3°E, straight south to the river
        TransboundaryResult result = analyzer.analyze(0.5, 0.3, drawn(0.25, 0.3, 0.0, 0.3));
        Downstream down = result.downstream();
        double routeKm = km(0.5, 0.3, 0, 0.3);
        assertThat(down.route().lengthKm()).isCloseTo(routeKm, within(0.01));
        assertThat(down.route().reachId()).isEqualTo(1L);
        assertThat(down.countries()).containsExactly("AAA", "BBB");
        assertThat(down.alongRiverKmToBorder()).as("route to the river, then 0.7° along it to the border")
            .isCloseTo(routeKm + km(0, 0.3, 0, 1.0), within(0.05));
        assertThat(result.verdict()).isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);

        TransboundaryResult beyondRule = new TransboundaryAnalyzer(countries, network, lake, 10,
                new LocationRule(15, 100)).analyze(0.5, 0.3, drawn(0.0, 0.3));
        assertThat(beyondRule.downstream().alongRiverKmToBorder()).as("55 + 78 km").isGreaterThan(100);
        assertThat(beyondRule.verdict()).as("the river is reached, the crossing lies beyond the rule")
            .isEqualTo(TransboundaryResult.Verdict.NO_EFFECT_FOUND);
        assertThat(beyondRule.undetermined()).isNull();
    }

    @Test
    void aRouteThatNeverReachesTheNetworkLeavesTheVerdictUndetermined() {
        TransboundaryResult result = analyzer.analyze(0.5, 0.3, drawn(0.6, 0.4, 0.7, 0.5));
        Downstream down = result.downstream();
        assertThat(down.route().reachesNetwork()).isFalse();
        assertThat(down.route().reachId()).isNull();
        assertThat(down.route().lengthKm()).isCloseTo(km(0.5, 0.3, 0.6, 0.4) + km(0.6, 0.4, 0.7, 0.5), within(0.01));
        assertThat(down.lengthKm()).isEqualTo(down.route().lengthKm());
        assertThat(down.crossesBorder()).isFalse();
        assertThat(down.countries()).containsExactly("AAA");
        assertThat(result.verdict()).isEqualTo(TransboundaryResult.Verdict.UNDETERMINED);
        assertThat(result.undetermined()).isEqualTo(TransboundaryResult.Undetermined.ROUTE_OFF_NETWORK);

        TransboundaryResult crossing = analyzer.analyze(0.5, 0.8, drawn(0.6, 1.2));
        assertThat(crossing.downstream().route().reachesNetwork()).isFalse();
        assertThat(crossing.verdict()).as("a crossing on the route counts even off the network")
            .isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);
        assertThat(crossing.downstream().firstForeignCountry()).isEqualTo("BBB");
    }

    @Test
    void aRouteEndingTwoKilometresOrMoreFromTheRiverDoesNotJoinIt() {
        // 0.02° is 2.2 km: beyond ROUTE_END_SNAP_KM, though within the 10 km a site is snapped over
        TransboundaryResult result = analyzer.analyze(0.5, 0.3, drawn(0.02, 0.3));
        assertThat(TransboundaryAnalyzer.ROUTE_END_SNAP_KM).isEqualTo(2);
        assertThat(result.downstream().route().reachesNetwork()).isFalse();
        assertThat(result.undetermined()).isEqualTo(TransboundaryResult.Undetermined.ROUTE_OFF_NETWORK);
        TransboundaryResult joined = analyzer.analyze(0.5, 0.3, drawn(0.015, 0.3));
        assertThat(joined.downstream().route().reachesNetwork()).as("1.7 km").isTrue();
    }

    @Test
    void aReceivingWaterIsJoinedByAStraightApproximateConnector() {
        TransboundaryResult result = analyzer.analyze(0.5, 1.5, DrainageRoute.receivingWater(0, 2.0));
        Downstream down = result.downstream();
        assertThat(down.route().kind()).isEqualTo(DrainageRoute.Kind.RECEIVING_WATER);
        assertThat(down.route().approximate()).isTrue();
        assertThat(down.route().lengthKm()).as("the straight line from the site").isCloseTo(km(0.5, 1.5, 0, 2.0),
                within(0.01));
        assertThat(down.path()).hasSize(1 + 1 + 2);
        assertThat(down.countries()).containsExactly("BBB");
        assertThat(down.reachesLake()).isTrue();
        assertThat(result.verdict()).isEqualTo(TransboundaryResult.Verdict.NO_EFFECT_FOUND);
    }

    @Test
    void aCoarseNetworkMakesASiteWithoutARiverUndeterminedForThatReason() {
        RiverNetwork twoRivers = EquatorGeography.twoRivers();
        TransboundaryAnalyzer coarse = new TransboundaryAnalyzer(countries, twoRivers, lake, 10,
                new LocationRule(15, 200), true);
        TransboundaryAnalyzer fine = new TransboundaryAnalyzer(countries, twoRivers, lake, 10, new LocationRule(15, 200),
                false);
        assertThat(coarse.analyze(0.3, 0.5).undetermined()).as("33 km from either river, inside the extent")
            .isEqualTo(TransboundaryResult.Undetermined.NETWORK_TOO_COARSE);
        assertThat(fine.analyze(0.3, 0.5).undetermined()).isEqualTo(TransboundaryResult.Undetermined.NO_MAPPED_RIVER);
        assertThat(coarse.analyze(0.9, 0.5).undetermined()).as("beyond the extent, whatever the scale")
            .isEqualTo(TransboundaryResult.Undetermined.OUTSIDE_NETWORK_EXTENT);
        assertThat(coarse.analyze(0.05, 0.4).verdict()).as("a mapped river near the site is still followed")
            .isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);
        assertThat(coarse.analyze(0.3, 0.5, drawn(0.0, 0.5)).verdict()).as("a route settles it")
            .isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);
    }

    @Test
    void routesAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DrainageRoute(List.of(), DrainageRoute.Kind.DRAWN));
        assertThatIllegalArgumentException().isThrownBy(() -> new DrainageRoute.Point(91, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new DrainageRoute.Point(0, Double.NaN));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new DrainageRoute(List.of(new DrainageRoute.Point(0, 0)), null));
    }
}
