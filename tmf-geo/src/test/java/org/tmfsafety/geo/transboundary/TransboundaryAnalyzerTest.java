package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


import org.junit.jupiter.api.Test;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.RiverNetwork;

/**
 * Screening on the hand-made geography of {@link EquatorGeography}.
 */
class TransboundaryAnalyzerTest {

    private final CountryIndex countries = EquatorGeography.COUNTRIES;

    private final RiverNetwork network = EquatorGeography.borderRiver();

    private final WaterBodies lake = EquatorGeography.LAKE;

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

    /** The border river and a second river 0.6° further north, so that the network's extent spans 0° to 0.6° N. */
    private TransboundaryAnalyzer twoRivers(LocationRule rule) {
        RiverNetwork rivers = EquatorGeography.twoRivers();
        return new TransboundaryAnalyzer(countries, rivers, lake, 10, rule);
    }

    @Test
    void theVerdictIsUndeterminedWithoutAMappedRiverNeverNoEffect() {
        LocationRule strict = new LocationRule(15, 50);
        TransboundaryResult traced = twoRivers(strict).analyze(0.05, 0.4);
        assertThat(traced.verdict()).as("the river crosses only after 50 km").isEqualTo(TransboundaryResult.Verdict.NO_EFFECT_FOUND);
        assertThat(traced.undetermined()).isNull();

        TransboundaryResult flagged = twoRivers(LocationRule.provisionalDefault()).analyze(0.05, 0.4);
        assertThat(flagged.verdict()).isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);

        TransboundaryResult nearBorderNoRiver = twoRivers(strict).analyze(0.3, 0.95);
        assertThat(nearBorderNoRiver.snapDistanceKm()).isNull();
        assertThat(nearBorderNoRiver.verdict()).as("the border criterion flags it without a river")
            .isEqualTo(TransboundaryResult.Verdict.POTENTIAL_EFFECT);

        TransboundaryResult noRiver = twoRivers(strict).analyze(0.3, 0.5);
        assertThat(noRiver.snapDistanceKm()).as("33 km from either river").isNull();
        assertThat(noRiver.verdict()).isEqualTo(TransboundaryResult.Verdict.UNDETERMINED);
        assertThat(noRiver.undetermined()).isEqualTo(TransboundaryResult.Undetermined.NO_MAPPED_RIVER);
    }

    @Test
    void aSiteOutsideTheNetworksExtentIsUndeterminedForThatReason() {
        TransboundaryResult north = twoRivers(new LocationRule(15, 50)).analyze(0.8, 0.5);
        assertThat(north.verdict()).isEqualTo(TransboundaryResult.Verdict.UNDETERMINED);
        assertThat(north.undetermined()).as("0.2° (22 km) north of the northernmost river, beyond the extent and 10 km")
            .isEqualTo(TransboundaryResult.Undetermined.OUTSIDE_NETWORK_EXTENT);
        TransboundaryResult inside = twoRivers(new LocationRule(15, 50)).analyze(0.3, 0.5);
        assertThat(inside.undetermined()).isEqualTo(TransboundaryResult.Undetermined.NO_MAPPED_RIVER);
    }
}
