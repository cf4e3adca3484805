package org.tmfsafety.methodology.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tmfsafety.methodology.profile.ProfileReader;

/**
 * Properties that must hold for any inputs, checked on 500 seeded random input sets (reproducible:
 * the seed is the test's name): the indices never fall when the volume grows or any condition worsens,
 * and the risk index is never below the hazard index.
 */
class IndexPropertiesTest {

    private static final IndexCalculator CALCULATOR = new IndexCalculator(ProfileReader.builtIn(1));

    /** Ordered from better to worse, as the profile scores them. */
    private static final Map<String, List<Object>> WORSENING = Map.of("waterHazardClass",
            List.of("NWG", "WGK1", "WGK2", "WGK3"), "managementStatus",
            List.of("OPERATED_SUPERVISED", "CLOSED_MAINTAINED", "NO_RESPONSIBLE_OPERATOR"), "floodHazard",
            List.of("OUTSIDE_FLOOD_AREA", "FLOOD_PRONE"), "seismicHazard", List.of("LOW", "MODERATE", "HIGH"),
            "damCondition", List.of("NO_DEFICIENCIES", "DEFICIENCIES", "CRITICAL"), "transboundarySetting",
            List.of("NONE", "BORDER_WITHIN_REACH", "TRANSBOUNDARY_RIVER"), "drinkingWaterAbstraction",
            List.of(false, true), "protectedAreaDownstream", List.of(false, true));

    private static final Set<String> EXPOSURE = Set.of("populationAtRisk", "drinkingWaterAbstraction",
            "protectedAreaDownstream", "transboundarySetting", "distanceToSurfaceWaterKm");

    /** Returns the inputs an index reads: THI refuses the exposure inputs of TRI. */
    private static Map<String, Object> forIndex(String index, Map<String, Object> inputs) {
        Map<String, Object> own = new HashMap<>(inputs);
        if (index.equals("THI")) {
            own.keySet().removeAll(EXPOSURE);
        }
        return own;
    }

    private static double value(String index, Map<String, Object> inputs) {
        return CALCULATOR.calculate(index, forIndex(index, inputs)).value();
    }

    static Stream<Map<String, Object>> randomInputs() {
        Random random = new Random(20261124L);
        return IntStream.range(0, 500).mapToObj(i -> {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("storedVolumeM3", Math.pow(10, 1 + random.nextDouble() * 9));
            WORSENING.forEach((input, values) -> {
                if (random.nextInt(5) > 0) {
                    inputs.put(input, values.get(random.nextInt(values.size())));
                }
            });
            if (random.nextBoolean()) {
                inputs.put("populationAtRisk", (double) random.nextInt(50_000));
            }
            if (random.nextBoolean()) {
                inputs.put("distanceToSurfaceWaterKm", random.nextDouble() * 20);
            }
            return inputs;
        });
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void neverFallsWhenTheVolumeGrowsOrAConditionWorsens(Map<String, Object> inputs) {
        for (String index : List.of("THI", "TRI")) {
            double before = value(index, inputs);
            Map<String, Object> bigger = new HashMap<>(inputs);
            bigger.put("storedVolumeM3", (Double) inputs.get("storedVolumeM3") * 1.5);
            assertThat(value(index, bigger)).isGreaterThan(before);
            for (Map.Entry<String, List<Object>> entry : WORSENING.entrySet()) {
                List<Object> scale = entry.getValue();
                Object current = inputs.get(entry.getKey());
                if (current != null && scale.indexOf(current) < scale.size() - 1) {
                    Map<String, Object> worse = new HashMap<>(inputs);
                    worse.put(entry.getKey(), scale.get(scale.indexOf(current) + 1));
                    assertThat(value(index, worse)).as(entry.getKey()).isGreaterThanOrEqualTo(before);
                }
            }
            Object population = inputs.get("populationAtRisk");
            if (population != null) {
                Map<String, Object> morePeople = new HashMap<>(inputs);
                morePeople.put("populationAtRisk", (Double) population * 10 + 1);
                assertThat(value(index, morePeople)).isGreaterThanOrEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void riskIsNeverBelowHazardAndMissingNeverBeatsKnown(Map<String, Object> inputs) {
        double thi = value("THI", inputs);
        assertThat(value("TRI", inputs)).isGreaterThanOrEqualTo(thi);
        for (String input : WORSENING.keySet()) {
            if (inputs.containsKey(input)) {
                Map<String, Object> unknown = new HashMap<>(inputs);
                unknown.remove(input);
                assertThat(value("TRI", unknown)).as("missing %s", input).isGreaterThanOrEqualTo(value("TRI", inputs));
            }
        }
    }

}
