package org.tmfsafety.methodology.dambreak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed cases for E4 and E5. */
class DamBreakModelsTest {

    @Test
    void ricoForOneMillionCubicMetresAndTwentyMetres() {
        DamBreakResult result = new Rico2008().screen(1.0e6, 20);
        assertThat(result.model()).isEqualTo("rico-2008");
        assertThat(result.releasedVolumeM3()).isCloseTo(354_000, within(1.0));
        double damFactor = 20 * 0.354 * 0.354;
        assertThat(result.runoutKm()).isCloseTo(14.45 * Math.pow(damFactor, 0.545), within(1e-9));
        assertThat(result.releasedVolumeLowM3()).isCloseTo(354_000 / Math.pow(10, 0.75), within(1.0));
        assertThat(result.releasedVolumeHighM3()).as("never more than stored").isEqualTo(1.0e6);
        assertThat(result.runoutHighKm() / result.runoutKm()).isCloseTo(Math.pow(10, 1.18), within(1e-9));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void refitForFiftyMillionCubicMetres() {
        DamBreakResult result = new Csp2Refit2026().screen(5.0e7, 60);
        double released = 0.180 * Math.pow(50, 0.888);
        assertThat(result.releasedVolumeM3()).isCloseTo(released * 1e6, within(1.0));
        assertThat(result.runoutKm()).isCloseTo(2.88 * Math.pow(60 * (released / 50) * released, 0.432), within(1e-9));
    }

    @ParameterizedTest(name = "V_T {0} m³, H {1} m -> {2}")
    @CsvSource({ "10000, 20, storedVolumeM3:BELOW_CHECKED_RANGE", "1.0e9, 20, storedVolumeM3:ABOVE_CHECKED_RANGE",
            "1.0e6, 3, damHeightM:BELOW_CHECKED_RANGE", "1.0e6, 250, damHeightM:ABOVE_CHECKED_RANGE" })
    void flagsInputsOutsideTheCheckedRangeButStillEstimates(double volume, double height, String warning) {
        DamBreakResult result = new Rico2008().screen(volume, height);
        assertThat(result.warnings()).extracting(w -> w.input() + ":" + w.code()).containsExactly(warning);
        assertThat(result.runoutKm()).isPositive();
    }

    @Test
    void refusesNonPositiveInputsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rico2008().screen(0, 20)).withMessage("storedVolumeM3");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rico2008().screen(1e6, Double.NaN)).withMessage("damHeightM");
    }

    @Test
    void ricoIsTheDefaultAndModelsAreFoundById() {
        assertThat(DamBreakModels.defaultModel().id()).isEqualTo(Rico2008.ID);
        assertThat(DamBreakModels.find("csp2-refit-2026")).containsInstanceOf(Csp2Refit2026.class);
        assertThat(DamBreakModels.find("unknown")).isEmpty();
    }

}
