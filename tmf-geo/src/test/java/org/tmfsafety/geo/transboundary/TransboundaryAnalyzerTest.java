package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.RiverNetwork;

/**
 * Screening on hand-made geography at the equator: country AAA from 0° to 1°E, BBB from 1°E to 3°E, a river
 * along the equator flowing east from 0.2°E into a lake at 2.5–2.8°E that drains on to 2.9°E.
 */
class TransboundaryAnalyzerTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Geometry box(double west, double south, double east, double north) {
        return FACTORY.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
                new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
    }

    private final CountryIndex countries = CountryIndex.of(Map.of("AAA", box(0, -1, 1, 1), "BBB", box(1, -1, 3, 1)));

    private final RiverNetwork network = RiverNetwork.builder(2)
        .add(1, 2, Double.NaN, new double[] { 0.2, 0, 0.6, 0, 1.4, 0 }, "Border river", 0, Double.NaN)
        .add(2, 0, Double.NaN, new double[] { 1.4, 0, 2.6, 0, 2.9, 0 }, "Border river", 0, Double.NaN)
        .build();

    private final WaterBodies lake = WaterBodies.of(List.of(box(2.5, -0.1, 2.8, 0.1)));

    private TransboundaryAnalyzer analyzer(LocationRule rule) {
        return new TransboundaryAnalyzer(countries, network, lake, 10, rule);
    }

    @Test
    void tracesAcrossTheBorderAndLocatesTheCrossing() {
        TransboundaryResult result = analyzer(LocationRule.provisionalDefault()).analyze(0.05, 0.4);
        assertThat(result.country()).isEqualTo("AAA");
        assertThat(result.borderDistanceKm()).isCloseTo(0.6 * 111.32, within(0.1));
        assertThat(result.nearestForeignCountry()).isEqualTo("BBB");
        assertThat(result.snapDistanceKm()).isCloseTo(0.05 * 110.57, within(0.01));
        assertThat(result.snapReachId()).isEqualTo(1);
        Downstream downstream = result.downstream();
        assertThat(downstream.crossesBorder()).isTrue();
        assertThat(downstream.firstForeignCountry()).isEqualTo("BBB");
        assertThat(downstream.alongRiverKmToBorder()).isCloseTo(0.6 * 111.32, within(0.01));
        assertThat(downstream.crossingLongitude()).isCloseTo(1.0, within(1e-5));
        assertThat(downstream.countries()).containsExactly("AAA", "BBB");
        assertThat(downstream.reachesLake()).isTrue();
        assertThat(downstream.lengthKm()).isCloseTo(2.5 * 111.32, within(0.01));
        assertThat(downstream.path().get(0)).containsExactly(new double[] { 0.4, 0.0 }, within(1e-6));
        assertThat(downstream.path().get(downstream.path().size() - 1)).containsExactly(new double[] { 2.9, 0.0 },
                within(1e-6));
        assertThat(result.potentialTransboundaryEffect()).isTrue();
        assertThat(result.criteriaMet()).containsExactly(TransboundaryResult.Criterion.DOWNSTREAM_CROSSING);
    }

    @Test
    void theRuleDecidesWithItsOwnParameters() {
        TransboundaryResult strict = analyzer(new LocationRule(15, 50)).analyze(0.05, 0.4);
        assertThat(strict.downstream().crossesBorder()).isTrue();
        assertThat(strict.potentialTransboundaryEffect()).isFalse();
        assertThat(strict.criteriaMet()).isEmpty();
        TransboundaryResult nearBorder = analyzer(new LocationRule(15, 50)).analyze(0.5, 0.95);
        assertThat(nearBorder.criteriaMet()).containsExactly(TransboundaryResult.Criterion.BORDER_DISTANCE);
        assertThat(nearBorder.downstream()).as("no river within 10 km").isNull();
        assertThat(nearBorder.snapDistanceKm()).isNull();
    }

    @Test
    void aSiteDownstreamOfTheBorderStaysInItsCountry() {
        TransboundaryResult result = analyzer(LocationRule.provisionalDefault()).analyze(0.02, 2.0);
        assertThat(result.country()).isEqualTo("BBB");
        assertThat(result.downstream().crossesBorder()).isFalse();
        assertThat(result.downstream().firstForeignCountry()).isNull();
        assertThat(result.downstream().alongRiverKmToBorder()).isNull();
        assertThat(result.downstream().countries()).containsExactly("BBB");
        assertThat(result.downstream().reachesLake()).isTrue();
    }

    @Test
    void aSiteAtSeaHasNoCountryButItsRiverStillCounts() {
        TransboundaryResult result = analyzer(LocationRule.provisionalDefault()).analyze(-1.05, 0.5);
        assertThat(result.country()).isNull();
        assertThat(result.borderDistanceKm()).isNull();
        assertThat(result.downstream()).isNull();
        TransboundaryResult inAaa = new TransboundaryAnalyzer(countries, network, WaterBodies.none(), 200,
                LocationRule.provisionalDefault()).analyze(-1.05, 0.5);
        assertThat(inAaa.downstream().countries()).containsExactly("AAA", "BBB");
        assertThat(inAaa.downstream().reachesLake()).isFalse();
    }
}
