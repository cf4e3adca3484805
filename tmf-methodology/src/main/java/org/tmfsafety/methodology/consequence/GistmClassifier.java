package org.tmfsafety.methodology.consequence;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Classifies a facility's consequence of failure under GISTM Annex 2 (E3): the class is the most
 * severe among the assessed columns. Population at risk: 0 → Low, 1–10 → Significant, 11–100 → High,
 * 101–1,000 → Very High, more → Extreme. Potential loss of life: 0 → Low, 1–10 → High, 11–100 → Very
 * High, more → Extreme (the standard leaves it unspecified for Significant). Qualitative columns are
 * classed by the assessor and taken as given.
 */
public final class GistmClassifier {

    /** Where the thresholds come from. */
    public static final String SOURCE = "GISTM (ICMM/UNEP/PRI, August 2020) Annex 2 Consequence Classification Matrix, "
            + "transcribed from a secondary summary (research note anchors.md 1.4); "
            + "https://globaltailingsreview.org/wp-content/uploads/2020/08/global-industry-standard_EN.pdf";

    private GistmClassifier() {
    }

    /**
     * Classifies.
     * @throws IllegalArgumentException when a required count is missing or negative (message names it)
     */
    public static GistmResult classify(GistmInputs inputs) {
        requireCount("populationAtRisk", inputs.populationAtRisk());
        requireCount("potentialLossOfLife", inputs.potentialLossOfLife());
        List<Assessed> assessed = List.of(
                new Assessed("populationAtRisk", inputs.populationAtRisk(), byPopulation(inputs.populationAtRisk())),
                new Assessed("potentialLossOfLife", inputs.potentialLossOfLife(),
                        byLossOfLife(inputs.potentialLossOfLife())),
                new Assessed("environment", inputs.environment(), inputs.environment()),
                new Assessed("healthSocialCultural", inputs.healthSocialCultural(), inputs.healthSocialCultural()),
                new Assessed("infrastructureEconomics", inputs.infrastructureEconomics(),
                        inputs.infrastructureEconomics()));
        ConsequenceClass overall = assessed.stream()
            .map(Assessed::columnClass)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElseThrow();
        List<GistmResult.Column> columns = assessed.stream()
            .map(a -> new GistmResult.Column(a.name(), a.input() == null ? null : String.valueOf(a.input()), a.columnClass(),
                    a.columnClass() == overall))
            .toList();
        return new GistmResult(overall, columns, SOURCE, false);
    }

    static ConsequenceClass byPopulation(long people) {
        if (people == 0) {
            return ConsequenceClass.LOW;
        }
        if (people <= 10) {
            return ConsequenceClass.SIGNIFICANT;
        }
        if (people <= 100) {
            return ConsequenceClass.HIGH;
        }
        return people <= 1000 ? ConsequenceClass.VERY_HIGH : ConsequenceClass.EXTREME;
    }

    static ConsequenceClass byLossOfLife(long fatalities) {
        if (fatalities == 0) {
            return ConsequenceClass.LOW;
        }
        if (fatalities <= 10) {
            return ConsequenceClass.HIGH;
        }
        return fatalities <= 100 ? ConsequenceClass.VERY_HIGH : ConsequenceClass.EXTREME;
    }

    private record Assessed(String name, Object input, ConsequenceClass columnClass) {
    }

    private static void requireCount(String name, Long value) {
        if (value == null || value < 0) {
            throw new IllegalArgumentException(name);
        }
    }

}
