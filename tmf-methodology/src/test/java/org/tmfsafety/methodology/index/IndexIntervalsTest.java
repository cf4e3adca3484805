package org.tmfsafety.methodology.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.index.InputError.Code;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.methodology.profile.ProfileReader;

/**
 * Hand-computed cases for intervals, bases, completeness (E22) and tighteners (E23) under
 * unece-tmf-provisional v2, and for completeness and tighteners of v1's substitutes.
 */
class IndexIntervalsTest {

    private final IndexCalculator v2 = new IndexCalculator(ProfileReader.builtIn(2));

    private static Map<String, Object> wellRun() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("storedVolumeM3", 1.25e7);
        inputs.put("waterHazardClass", "WGK3");
        inputs.put("managementStatus", "OPERATED_SUPERVISED");
        inputs.put("floodHazard", "OUTSIDE_FLOOD_AREA");
        inputs.put("seismicHazard", "MODERATE");
        inputs.put("damCondition", "NO_DEFICIENCIES");
        return inputs;
    }

    @Test
    void missingCategoriesGiveTheIntervalFromBestToWorst() {
        IndexResult result = v2.calculate("THI", Map.of("storedVolumeM3", 1.0e6, "waterHazardClass", "UNKNOWN"));
        assertThat(result.profile()).isEqualTo(new ProfileId("unece-tmf-provisional", 2));
        assertThat(result.low()).isCloseTo(6, within(1e-9));
        assertThat(result.high()).isCloseTo(6 + 3 + 2 + 1 + 2 + 2, within(1e-9));
        assertThat(result.value()).as("the value is the upper bound").isEqualTo(result.high());
        assertThat(result.lowClass()).isEqualTo("LOW");
        assertThat(result.highClass()).isEqualTo("VERY_HIGH");
        assertThat(result.indexClass()).isEqualTo("VERY_HIGH");
        assertThat(result.classRange()).isTrue();
        Term tox = result.terms().get(1);
        assertThat(tox).extracting(Term::value, Term::treatedAs, Term::lowPoints, Term::highPoints, Term::points, Term::basis)
            .containsExactly("UNKNOWN", null, 0.0, 3.0, 3.0, "UNKNOWN");
        assertThat(tox.missing()).as("nothing was substituted").isFalse();
        assertThat(result.terms().get(0).basis()).isEqualTo("INPUT");
    }

    @Test
    void completenessIsTheKnownShareOfThePointSpan() {
        IndexResult result = v2.calculate("THI", Map.of("storedVolumeM3", 1.0e6));
        assertThat(result.completeness()).as("CAP's span 6 of 6+3+2+1+2+2 = 16").isCloseTo(6.0 / 16, within(1e-12));
        IndexResult complete = v2.calculate("THI", wellRun());
        assertThat(complete.completeness()).isEqualTo(1.0);
        assertThat(complete.tighteners()).isEmpty();
        assertThat(complete.classRange()).isFalse();
        assertThat(complete.low()).isEqualTo(complete.high()).isCloseTo(Math.log10(1.25e7) + 3 + 1, within(1e-9));
    }

    @Test
    void tightenersAreOrderedBySwingAndSayWhetherTheyCouldChangeTheClass() {
        IndexResult result = v2.calculate("THI", Map.of("storedVolumeM3", 1.0e6));
        assertThat(result.tighteners()).extracting(Tightener::input, Tightener::swing, Tightener::couldChangeClass)
            .containsExactly(tuple("waterHazardClass", 3.0, true), tuple("managementStatus", 2.0, true),
                    tuple("seismicHazard", 2.0, true), tuple("damCondition", 2.0, true),
                    tuple("floodHazard", 1.0, false));
    }

    @Test
    void aTightenerCouldChangeTheClassOnlyWhenSomeTrueValueMovesABoundAcrossALimit() {
        Map<String, Object> inputs = wellRun();
        inputs.put("storedVolumeM3", 1.0e6);
        inputs.remove("floodHazard");
        // 6 + 3 + [0, 1] + 1 + 0 = [10, 11]: MEDIUM either way
        IndexResult medium = v2.calculate("THI", inputs);
        assertThat(medium.tighteners()).containsExactly(new Tightener("floodHazard", 1.0, false));
        inputs.put("seismicHazard", "HIGH");
        // 6 + 3 + [0, 1] + 2 + 0 = [11, 12]: flood-prone would make it HIGH
        IndexResult range = v2.calculate("THI", inputs);
        assertThat(range.lowClass()).isEqualTo("MEDIUM");
        assertThat(range.highClass()).isEqualTo("HIGH");
        assertThat(range.tighteners()).containsExactly(new Tightener("floodHazard", 1.0, true));
    }

    @Test
    void anEstimatedVolumeGivesThePointsOfItsEndsAndCountsKnownByTheRestOfItsSpan() {
        Map<String, Object> inputs = wellRun();
        inputs.put("storedVolumeM3", InputValue.estimated(1.0e6, 1.0e7, "STORED_TONNAGE",
                Map.of("storedTonnageT", 1.2e7, "dryDensityLow", 1.2, "dryDensityHigh", 1.7)));
        IndexResult result = v2.calculate("THI", inputs);
        assertThat(result.low()).isCloseTo(6 + 3 + 1, within(1e-9));
        assertThat(result.high()).isCloseTo(7 + 3 + 1, within(1e-9));
        assertThat(result.completeness()).as("1 of CAP's 6 points unknown, of 16").isCloseTo(15.0 / 16, within(1e-12));
        assertThat(result.tighteners()).containsExactly(new Tightener("storedVolumeM3", 1.0, false));
        Term cap = result.terms().get(0);
        assertThat(cap).extracting(Term::basis, Term::basisDetail, Term::valueLow, Term::valueHigh, Term::value)
            .containsExactly("ESTIMATE", "STORED_TONNAGE", 1.0e6, 1.0e7, null);
        assertThat(cap.parameters()).containsEntry("storedTonnageT", 1.2e7);
    }

    @Test
    void anEstimatedDistanceCountsEveryBandItReaches() {
        Map<String, Object> inputs = wellRun();
        inputs.put("distanceToSurfaceWaterKm", InputValue.estimated(0.5, 6, "SNAP_DISTANCE", Map.of()));
        Term dist = v2.calculate("TRI", inputs).terms().get(10);
        assertThat(dist.code()).isEqualTo("DIST");
        assertThat(dist.lowPoints()).isEqualTo(0.0);
        assertThat(dist.highPoints()).isEqualTo(2.0);
        inputs.put("distanceToSurfaceWaterKm", InputValue.estimated(1.5, 4.5, "SNAP_DISTANCE", Map.of()));
        Term within = v2.calculate("TRI", inputs).terms().get(10);
        assertThat(within.lowPoints()).isEqualTo(1.0);
        assertThat(within.highPoints()).isEqualTo(1.0);
    }

    @Test
    void derivedInputsCountAsKnownAndNameTheirOrigin() {
        Map<String, Object> inputs = wellRun();
        inputs.put("transboundarySetting", InputValue.derived("NONE", "TRANSBOUNDARY_SCREENING"));
        inputs.put("distanceToSurfaceWaterKm", InputValue.derived(7.5, "SNAP_DISTANCE"));
        inputs.put("populationAtRisk", 0);
        inputs.put("drinkingWaterAbstraction", false);
        inputs.put("protectedAreaDownstream", false);
        IndexResult result = v2.calculate("TRI", inputs);
        assertThat(result.completeness()).isEqualTo(1.0);
        assertThat(result.terms()).filteredOn(term -> term.basis().equals("DERIVED"))
            .extracting(Term::code, Term::value, Term::basisDetail, Term::points)
            .containsExactly(tuple("TRANS", "NONE", "TRANSBOUNDARY_SCREENING", 0.0), tuple("DIST", "7.5", "SNAP_DISTANCE", 0.0));
    }

    @Test
    void anEstimateOfACategoryOrABadDerivedValueIsRefused() {
        Map<String, Object> inputs = wellRun();
        inputs.put("waterHazardClass", InputValue.estimated(1, 2, "GUESS", Map.of()));
        inputs.put("floodHazard", InputValue.derived("UNDER_WATER", "FLOOD_MAP"));
        inputs.put("storedVolumeM3", InputValue.estimated(0.5, 10, "AREA_HEIGHT", Map.of()));
        assertThatThrownBy(() -> v2.calculate("THI", inputs)).isInstanceOfSatisfying(InvalidInputsException.class,
                e -> assertThat(e.errors()).extracting(InputError::input, InputError::code)
                    .containsExactly(tuple("storedVolumeM3", Code.BELOW_MINIMUM), tuple("waterHazardClass", Code.NOT_A_NUMBER),
                            tuple("floodHazard", Code.UNKNOWN_VALUE)));
        assertThatThrownBy(() -> InputValue.estimated(2, 1, "AREA_HEIGHT", Map.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubstituteOfV1CountsAsUnknownAndCouldMoveTheIndexToTheTermsBest() {
        IndexCalculator v1 = new IndexCalculator(ProfileReader.builtIn(1));
        Map<String, Object> inputs = wellRun();
        inputs.put("storedVolumeM3", 1.0e6);
        inputs.put("seismicHazard", "LOW");
        inputs.remove("damCondition");
        // 6 + 3 + 0 + 0 + 0 + CRITICAL 2 = 11, HIGH; a sound dam would give 9, MEDIUM
        IndexResult result = v1.calculate("THI", inputs);
        assertThat(result.low()).isEqualTo(result.high()).isCloseTo(11, within(1e-9));
        assertThat(result.terms().get(5)).extracting(Term::basis, Term::treatedAs).containsExactly("TREATED_AS", "CRITICAL");
        assertThat(result.completeness()).isCloseTo(14.0 / 16, within(1e-12));
        assertThat(result.tighteners()).containsExactly(new Tightener("damCondition", 2.0, true));
    }

    @Test
    void rankingPutsTheHigherUpperBoundFirstAndBreaksTiesByTheLowerBound() {
        IndexResult unknown = v2.calculate("THI", Map.of("storedVolumeM3", 1.0e6));
        Map<String, Object> worst = wellRun();
        worst.putAll(Map.of("storedVolumeM3", 1.0e6, "managementStatus", "NO_RESPONSIBLE_OPERATOR", "floodHazard",
                "FLOOD_PRONE", "seismicHazard", "HIGH", "damCondition", "CRITICAL"));
        IndexResult known = v2.calculate("THI", worst);
        IndexResult wellRunResult = v2.calculate("THI", wellRun());
        assertThat(known.high()).isEqualTo(unknown.high());
        assertThat(List.of(wellRunResult, unknown, known).stream().sorted(IndexResult.RANKING).toList())
            .containsExactly(known, unknown, wellRunResult);
    }

}
