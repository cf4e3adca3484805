package org.tmfsafety.methodology.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Properties of the intervals of unece-tmf-provisional v2, on 500 seeded random input sets: the lower bound
 * never exceeds the upper, both never fall when the volume grows or a condition worsens, an unknown input
 * widens the interval exactly to its best and worst values, completeness falls with every unknown input, and
 * the tighteners' swings add up to the interval's width.
 */
class IntervalPropertiesTest {

    private static final IndexCalculator CALCULATOR = new IndexCalculator(ProfileReader.builtIn(2));

    /** Ordered from better to worse, as the profile scores them. */
    private static final Map<String, List<Object>> WORSENING = Map.of("waterHazardClass",
            List.of("NWG", "WGK1", "WGK2", "WGK3"), "managementStatus",
            List.of("OPERATED_SUPERVISED", "CLOSED_MAINTAINED", "NO_RESPONSIBLE_OPERATOR"), "floodHazard",
            List.of("OUTSIDE_FLOOD_AREA", "FLOOD_PRONE"), "seismicHazard", List.of("LOW", "MODERATE", "HIGH"),
            "damCondition", List.of("NO_DEFICIENCIES", "DEFICIENCIES", "CRITICAL"), "transboundarySetting",
            List.of("NONE", "BORDER_WITHIN_REACH", "TRANSBOUNDARY_RIVER"), "drinkingWaterAbstraction",
            List.of(false, true), "protectedAreaDownstream", List.of(false, true), "populationAtRisk",
            List.of(0.0, 50_000.0), "distanceToSurfaceWaterKm", List.of(20.0, 0.0));

    private static final Set<String> EXPOSURE = Set.of("populationAtRisk", "drinkingWaterAbstraction",
            "protectedAreaDownstream", "transboundarySetting", "distanceToSurfaceWaterKm");

    private static IndexResult rate(String index, Map<String, Object> inputs) {
        Map<String, Object> own = new HashMap<>(inputs);
        if (index.equals("THI")) {
            own.keySet().removeAll(EXPOSURE);
        }
        return CALCULATOR.calculate(index, own);
    }

    static Stream<Map<String, Object>> randomInputs() {
        Random random = new Random(20261203L);
        return IntStream.range(0, 500).mapToObj(i -> {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("storedVolumeM3", Math.pow(10, 1 + random.nextDouble() * 9));
            WORSENING.forEach((input, values) -> {
                if (random.nextInt(3) > 0) {
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
    void boundsAreOrderedAndNeverFallWhenTheVolumeGrowsOrAConditionWorsens(Map<String, Object> inputs) {
        for (String index : List.of("THI", "TRI")) {
            IndexResult before = rate(index, inputs);
            assertThat(before.low()).isLessThanOrEqualTo(before.high());
            assertThat(before.completeness()).isBetween(0.0, 1.0);
            assertThat(before.tighteners().stream().mapToDouble(Tightener::swing).sum())
                .isCloseTo(before.high() - before.low(), within(1e-9));
            Map<String, Object> bigger = new HashMap<>(inputs);
            bigger.put("storedVolumeM3", (Double) inputs.get("storedVolumeM3") * 1.5);
            assertThat(rate(index, bigger).low()).isGreaterThan(before.low());
            assertThat(rate(index, bigger).high()).isGreaterThan(before.high());
            for (Map.Entry<String, List<Object>> entry : WORSENING.entrySet()) {
                List<Object> scale = entry.getValue();
                int position = inputs.containsKey(entry.getKey()) ? scale.indexOf(inputs.get(entry.getKey())) : -1;
                if (position >= 0 && position < scale.size() - 1) {
                    Map<String, Object> worse = new HashMap<>(inputs);
                    worse.put(entry.getKey(), scale.get(position + 1));
                    IndexResult after = rate(index, worse);
                    assertThat(after.low()).as(entry.getKey()).isGreaterThanOrEqualTo(before.low());
                    assertThat(after.high()).as(entry.getKey()).isGreaterThanOrEqualTo(before.high());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void anUnknownInputSpansExactlyItsBestAndWorstValue(Map<String, Object> inputs) {
        IndexResult known = rate("TRI", inputs);
        for (Map.Entry<String, List<Object>> entry : WORSENING.entrySet()) {
            String input = entry.getKey();
            if (!inputs.containsKey(input)) {
                continue;
            }
            Map<String, Object> without = new HashMap<>(inputs);
            without.remove(input);
            IndexResult unknown = rate("TRI", without);
            Map<String, Object> best = new HashMap<>(inputs);
            best.put(input, entry.getValue().get(0));
            Map<String, Object> worst = new HashMap<>(inputs);
            worst.put(input, entry.getValue().get(entry.getValue().size() - 1));
            assertThat(unknown.low()).as(input).isLessThanOrEqualTo(known.low())
                .isCloseTo(rate("TRI", best).low(), within(1e-9));
            assertThat(unknown.high()).as(input).isGreaterThanOrEqualTo(known.high())
                .isCloseTo(rate("TRI", worst).high(), within(1e-9));
            assertThat(unknown.completeness()).as(input).isLessThan(known.completeness());
            assertThat(unknown.tighteners()).extracting(Tightener::input).contains(input);
        }
    }

}
