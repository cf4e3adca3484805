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

/** Hand-computed cases for equations E1 (THI) and E2 (TRI) under unece-tmf-provisional v1. */
class IndexCalculatorTest {

    private final IndexCalculator calculator = new IndexCalculator(ProfileReader.builtIn(1));

    private static Map<String, Object> thiInputs() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("storedVolumeM3", 1.0e6);
        inputs.put("waterHazardClass", "WGK3");
        inputs.put("managementStatus", "NO_RESPONSIBLE_OPERATOR");
        inputs.put("floodHazard", "FLOOD_PRONE");
        inputs.put("seismicHazard", "HIGH");
        inputs.put("damCondition", "CRITICAL");
        return inputs;
    }

    @Test
    void worstCaseMillionCubicMetresScoresSixteen() {
        IndexResult result = calculator.calculate("THI", thiInputs());
        assertThat(result.value()).isCloseTo(6 + 3 + 2 + 1 + 2 + 2, within(1e-9));
        assertThat(result.indexClass()).isEqualTo("VERY_HIGH");
        assertThat(result.profile()).isEqualTo(new ProfileId("unece-tmf-provisional", 1));
        assertThat(result.terms()).extracting(Term::code, Term::points)
            .containsExactly(tuple("CAP", 6.0), tuple("TOX", 3.0),
                    tuple("MAN", 2.0), tuple("FLOOD", 1.0),
                    tuple("SEIS", 2.0), tuple("DAM", 2.0));
        assertThat(result.provisional()).isTrue();
    }

    @Test
    void capacityIsTheDecimalLogarithmOfTheStoredVolume() {
        Map<String, Object> inputs = thiInputs();
        inputs.put("storedVolumeM3", 3.2e6);
        Term cap = calculator.calculate("THI", inputs).terms().get(0);
        assertThat(cap.points()).isCloseTo(Math.log10(3.2e6), within(1e-12));
        assertThat(cap.rule()).isEqualTo("LOG10");
        assertThat(cap.value()).isEqualTo("3200000.0");
    }

    @Test
    void missingInputsAreReplacedByTheProfileAndReported() {
        IndexResult result = calculator.calculate("THI", Map.of("storedVolumeM3", 1.0e6, "waterHazardClass", "UNKNOWN"));
        Term tox = result.terms().get(1);
        assertThat(tox.missing()).isTrue();
        assertThat(tox.value()).isEqualTo("UNKNOWN");
        assertThat(tox.treatedAs()).isEqualTo("WGK3");
        assertThat(tox.points()).isEqualTo(3.0);
        assertThat(tox.source()).as("AwSV default is sourced").contains("AwSV");
        assertThat(result.terms()).filteredOn(Term::missing).extracting(Term::code)
            .containsExactly("TOX", "MAN", "FLOOD", "SEIS", "DAM");
        assertThat(result.value()).as("unknown inputs are never silently zero").isCloseTo(16.0, within(1e-9));
    }

    @Test
    void classLimitsBelongToTheHigherClass() {
        Map<String, Object> inputs = thiInputs();
        inputs.put("storedVolumeM3", 1.0e6);
        inputs.put("waterHazardClass", "WGK3");
        inputs.put("managementStatus", "OPERATED_SUPERVISED");
        inputs.put("floodHazard", "OUTSIDE_FLOOD_AREA");
        inputs.put("seismicHazard", "LOW");
        inputs.put("damCondition", "NO_DEFICIENCIES");
        assertThat(calculator.calculate("THI", inputs).value()).isEqualTo(9.0);
        assertThat(calculator.calculate("THI", inputs).indexClass()).isEqualTo("MEDIUM");
        inputs.put("waterHazardClass", "WGK2");
        assertThat(calculator.calculate("THI", inputs).indexClass()).isEqualTo("LOW");
    }

    @Test
    void riskIndexAddsExposureTermsToTheHazardTerms() {
        Map<String, Object> inputs = thiInputs();
        inputs.put("populationAtRisk", 250);
        inputs.put("drinkingWaterAbstraction", true);
        inputs.put("protectedAreaDownstream", false);
        inputs.put("transboundarySetting", "TRANSBOUNDARY_RIVER");
        inputs.put("distanceToSurfaceWaterKm", 3.5);
        IndexResult tri = calculator.calculate("TRI", inputs);
        assertThat(tri.value()).isCloseTo(16 + 3 + 1 + 0 + 2 + 1, within(1e-9));
        assertThat(tri.indexClass()).isEqualTo("VERY_HIGH");
        assertThat(tri.terms()).hasSize(11);
    }

    @Test
    void refusesEveryUnusableInputAtOnce() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("storedVolumeM3", -5.0);
        inputs.put("waterHazardClass", "WGK9");
        inputs.put("damCondition", 2);
        inputs.put("colour", "red");
        assertThatThrownBy(() -> calculator.calculate("THI", inputs)).isInstanceOfSatisfying(InvalidInputsException.class,
                e -> assertThat(e.errors()).extracting(InputError::input, InputError::code).containsExactlyInAnyOrder(
                        tuple("colour", Code.UNKNOWN_INPUT),
                        tuple("storedVolumeM3", Code.BELOW_MINIMUM),
                        tuple("waterHazardClass", Code.UNKNOWN_VALUE),
                        tuple("damCondition", Code.UNKNOWN_VALUE)));
        assertThatThrownBy(() -> calculator.calculate("THI", Map.of())).isInstanceOfSatisfying(InvalidInputsException.class,
                e -> assertThat(e.errors()).containsExactly(new InputError("storedVolumeM3", Code.REQUIRED, List.of())));
        assertThatThrownBy(() -> calculator.calculate("TRI", Map.of("storedVolumeM3", 1e6, "drinkingWaterAbstraction", "yes")))
            .isInstanceOfSatisfying(InvalidInputsException.class, e -> assertThat(e.errors()).extracting(InputError::code)
                .containsExactly(Code.NOT_YES_OR_NO));
        assertThatThrownBy(() -> calculator.calculate("TRI", Map.of("storedVolumeM3", Double.NaN)))
            .isInstanceOfSatisfying(InvalidInputsException.class, e -> assertThat(e.errors()).extracting(InputError::code)
                .containsExactly(Code.NOT_A_NUMBER));
    }

    @Test
    void refusesAnIndexTheProfileDoesNotDefine() {
        assertThatThrownBy(() -> calculator.calculate("XYZ", Map.of())).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("XYZ");
    }

}
