package org.tmfsafety.methodology.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tmfsafety.methodology.profile.ProfileReader;

/** The reference cases of reference/hazard-and-risk-index/v1/cases.csv, one test per case. */
class HazardAndRiskIndexReferenceTest {

    private static final String CASES = "/reference/hazard-and-risk-index/v1/cases.csv";

    private static final Set<String> NUMBERS = Set.of("storedVolumeM3", "populationAtRisk", "distanceToSurfaceWaterKm");

    private static final Set<String> BOOLEANS = Set.of("drinkingWaterAbstraction", "protectedAreaDownstream");

    private static final IndexCalculator CALCULATOR = new IndexCalculator(ProfileReader.builtIn(1));

    record Case(String id, String index, Map<String, Object> inputs, double expectedValue, String expectedClass,
            double tolerance, String source) {

        @Override
        public String toString() {
            return id;
        }

    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = HazardAndRiskIndexReferenceTest.class.getResourceAsStream(CASES)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String[] header = lines.get(0).split(",");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", header.length);
                Map<String, Object> inputs = new HashMap<>();
                for (int i = 2; i < header.length - 4; i++) {
                    if (!cells[i].isEmpty()) {
                        inputs.put(header[i], NUMBERS.contains(header[i]) ? (Object) Double.valueOf(cells[i])
                                : BOOLEANS.contains(header[i]) ? (Object) Boolean.valueOf(cells[i]) : cells[i]);
                    }
                }
                int n = header.length;
                cases.add(new Case(cells[0], cells[1], inputs, Double.parseDouble(cells[n - 4]), cells[n - 3],
                        Double.parseDouble(cells[n - 2]), cells[n - 1]));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheReferenceCase(Case reference) {
        IndexResult result = CALCULATOR.calculate(reference.index(), reference.inputs());
        assertThat(result.value()).as(reference.source()).isCloseTo(reference.expectedValue(), within(reference.tolerance()));
        assertThat(result.indexClass()).as(reference.source()).isEqualTo(reference.expectedClass());
    }

}
