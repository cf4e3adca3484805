package org.tmfsafety.methodology.dambreak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.dambreak.Csp2Validation.Event;

/**
 * Rico et al. (2008) against the CSP2 failure list (1915–2022). The numbers asserted here are the ones
 * published in docs/methodology/dam-break.md and used for the model's uncertainty bands, so the
 * document cannot drift from the data.
 */
class DamBreakValidationTest {

    private static List<Event> events;

    @BeforeAll
    static void read() throws IOException {
        Assumptions.assumeTrue(Files.exists(Csp2Validation.FILE), "Skipped: " + Csp2Validation.FILE.toAbsolutePath().normalize()
                + " is absent (the CSP2 list is not bundled with the product)");
        events = Csp2Validation.read();
    }

    private static List<Event> withRelease() {
        return events.stream()
            .filter(e -> Csp2Validation.positive(e.storedM3()) && Csp2Validation.positive(e.releasedM3())
                    && e.releasedM3() <= e.storedM3())
            .toList();
    }

    private static List<Event> withRunout() {
        return withRelease().stream()
            .filter(e -> Csp2Validation.positive(e.heightM()) && Csp2Validation.positive(e.runoutKm()))
            .toList();
    }

    @Test
    void readsTheWholeList() {
        assertThat(events).hasSize(376);
        assertThat(Csp2Validation.number("~1,200,000")).isEqualTo(1_200_000);
        assertThat(Csp2Validation.number(">5")).isEqualTo(5);
        assertThat(Csp2Validation.number("")).isNaN();
    }

    @Test
    void releasedVolumeErrors() {
        LogErrors errors = Csp2Validation.errors(withRelease(),
                e -> new Rico2008().releasedHm3(e.storedM3() / 1e6) * 1e6, Event::releasedM3);
        System.out.println("Rico 2008 released volume (E4): " + errors);
        assertThat(errors.n()).isEqualTo(VALIDATED_RELEASE_N);
        assertThat(errors.rmse()).as("documented and used as the band").isCloseTo(Rico2008.RELEASE_LOG10_SE, within(0.005));
    }

    @Test
    void runoutErrorsWithObservedAndWithEstimatedRelease() {
        LogErrors observedRelease = Csp2Validation.errors(withRunout(),
                e -> new Rico2008().runoutKm(e.heightM(), e.storedM3() / 1e6, e.releasedM3() / 1e6), Event::runoutKm);
        LogErrors chained = Csp2Validation.errors(withRunout(), e -> new Rico2008().screen(e.storedM3(), e.heightM()).runoutKm(),
                Event::runoutKm);
        System.out.println("Rico 2008 runout (E5) with observed V_F: " + observedRelease);
        System.out.println("Rico 2008 runout (E4 then E5, as in screening): " + chained);
        assertThat(chained.n()).isEqualTo(VALIDATED_RUNOUT_N);
        assertThat(chained.rmse()).as("documented and used as the band").isCloseTo(Rico2008.RUNOUT_LOG10_SE, within(0.005));
        assertThat(observedRelease.rmse()).isLessThan(chained.rmse() + 0.2);
    }

    @Test
    void theRefitIsTheLeastSquaresFitAndHasTheDocumentedErrors() {
        double[] release = fit(withRelease().stream().mapToDouble(e -> Math.log10(e.storedM3() / 1e6)).toArray(),
                withRelease().stream().mapToDouble(e -> Math.log10(e.releasedM3() / 1e6)).toArray());
        assertThat(Math.pow(10, release[0])).as("a").isCloseTo(0.180, within(0.0005));
        assertThat(release[1]).as("b").isCloseTo(0.888, within(0.0005));
        double[] runout = fit(withRunout().stream()
            .mapToDouble(e -> Math.log10(e.heightM() * (e.releasedM3() / e.storedM3()) * e.releasedM3() / 1e6))
            .toArray(), withRunout().stream().mapToDouble(e -> Math.log10(e.runoutKm())).toArray());
        assertThat(Math.pow(10, runout[0])).as("c").isCloseTo(2.88, within(0.005));
        assertThat(runout[1]).as("d").isCloseTo(0.432, within(0.0005));

        Csp2Refit2026 refit = new Csp2Refit2026();
        LogErrors releaseErrors = Csp2Validation.errors(withRelease(), e -> refit.releasedHm3(e.storedM3() / 1e6) * 1e6,
                Event::releasedM3);
        LogErrors runoutErrors = Csp2Validation.errors(withRunout(), e -> refit.screen(e.storedM3(), e.heightM()).runoutKm(),
                Event::runoutKm);
        System.out.println("CSP2 refit released volume (E4): " + releaseErrors);
        System.out.println("CSP2 refit runout (E4 then E5): " + runoutErrors);
        assertThat(releaseErrors.rmse()).isCloseTo(Csp2Refit2026.RELEASE_LOG10_SE, within(0.005));
        assertThat(runoutErrors.rmse()).isCloseTo(Csp2Refit2026.RUNOUT_LOG10_SE, within(0.005));
    }

    /** Ordinary least squares y = intercept + slope · x; returns {intercept, slope}. */
    private static double[] fit(double[] x, double[] y) {
        double meanX = java.util.Arrays.stream(x).average().orElseThrow();
        double meanY = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxy / sxx;
        return new double[] { meanY - slope * meanX, slope };
    }

    /** Event counts behind the documented statistics. */
    private static final int VALIDATED_RELEASE_N = 87;

    private static final int VALIDATED_RUNOUT_N = 53;

}
