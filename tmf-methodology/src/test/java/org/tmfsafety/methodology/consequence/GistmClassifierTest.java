package org.tmfsafety.methodology.consequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GistmClassifierTest {

    @ParameterizedTest(name = "PAR {0}, PLL {1} -> {2}")
    @CsvSource({ "0, 0, LOW", "1, 0, SIGNIFICANT", "10, 0, SIGNIFICANT", "11, 0, HIGH", "100, 0, HIGH",
            "101, 0, VERY_HIGH", "1000, 0, VERY_HIGH", "1001, 0, EXTREME", "0, 1, HIGH", "5, 10, HIGH",
            "5, 11, VERY_HIGH", "5, 100, VERY_HIGH", "5, 101, EXTREME" })
    void classifiesByTheMoreSevereOfPopulationAndLossOfLife(long par, long pll, ConsequenceClass expected) {
        assertThat(GistmClassifier.classify(new GistmInputs(par, pll, null, null, null)).consequenceClass())
            .isEqualTo(expected);
    }

    @Test
    void aQualitativeColumnCanDecideAndTheTrailSaysWhich() {
        GistmResult result = GistmClassifier
            .classify(new GistmInputs(20L, 0L, ConsequenceClass.VERY_HIGH, null, ConsequenceClass.SIGNIFICANT));
        assertThat(result.consequenceClass()).isEqualTo(ConsequenceClass.VERY_HIGH);
        assertThat(result.columns()).extracting(GistmResult.Column::name, GistmResult.Column::columnClass,
                GistmResult.Column::decisive)
            .containsExactly(tuple("populationAtRisk", ConsequenceClass.HIGH, false),
                    tuple("potentialLossOfLife", ConsequenceClass.LOW, false),
                    tuple("environment", ConsequenceClass.VERY_HIGH, true),
                    tuple("healthSocialCultural", null, false),
                    tuple("infrastructureEconomics", ConsequenceClass.SIGNIFICANT, false));
        assertThat(result.verified()).isFalse();
        assertThat(result.source()).contains("Annex 2");
    }

    @Test
    void refusesMissingOrNegativeCountsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> GistmClassifier.classify(new GistmInputs(null, 0L, null, null, null)))
            .withMessage("populationAtRisk");
        assertThatIllegalArgumentException().isThrownBy(() -> GistmClassifier.classify(new GistmInputs(0L, -1L, null, null, null)))
            .withMessage("potentialLossOfLife");
    }

    static Stream<GistmInputs> randomInputs() {
        Random random = new Random(2020L);
        ConsequenceClass[] classes = ConsequenceClass.values();
        return IntStream.range(0, 300).mapToObj(i -> new GistmInputs((long) random.nextInt(3000), (long) random.nextInt(300),
                random.nextBoolean() ? classes[random.nextInt(5)] : null,
                random.nextBoolean() ? classes[random.nextInt(5)] : null,
                random.nextBoolean() ? classes[random.nextInt(5)] : null));
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void neverFallsWhenAnyInputWorsens(GistmInputs inputs) {
        ConsequenceClass before = GistmClassifier.classify(inputs).consequenceClass();
        assertThat(GistmClassifier.classify(new GistmInputs(inputs.populationAtRisk() * 2 + 1, inputs.potentialLossOfLife(),
                inputs.environment(), inputs.healthSocialCultural(), inputs.infrastructureEconomics())).consequenceClass())
            .isGreaterThanOrEqualTo(before);
        assertThat(GistmClassifier.classify(new GistmInputs(inputs.populationAtRisk(), inputs.potentialLossOfLife() + 5,
                inputs.environment(), inputs.healthSocialCultural(), inputs.infrastructureEconomics())).consequenceClass())
            .isGreaterThanOrEqualTo(before);
        assertThat(GistmClassifier.classify(new GistmInputs(inputs.populationAtRisk(), inputs.potentialLossOfLife(),
                ConsequenceClass.EXTREME, inputs.healthSocialCultural(), inputs.infrastructureEconomics())).consequenceClass())
            .isEqualTo(ConsequenceClass.EXTREME);
    }

}
