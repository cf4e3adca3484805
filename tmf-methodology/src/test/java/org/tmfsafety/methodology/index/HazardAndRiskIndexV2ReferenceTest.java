package org.tmfsafety.methodology.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.methodology.profile.TermDefinition;
import org.tmfsafety.methodology.size.SizeEstimate;
import org.tmfsafety.methodology.size.SizeEstimator;
import org.tmfsafety.methodology.size.SizeFacts;

/**
 * The reference cases of reference/hazard-and-risk-index/v2 (derivations in its SOURCES.md): the archetype
 * facilities that define the class limits of unece-tmf-provisional v2, interval cases with completeness and
 * tighteners, and size estimates.
 */
class HazardAndRiskIndexV2ReferenceTest {

    private static final String DIRECTORY = "/reference/hazard-and-risk-index/v2/";

    private static final Set<String> NUMBERS = Set.of("storedVolumeM3", "populationAtRisk", "distanceToSurfaceWaterKm");

    private static final Set<String> BOOLEANS = Set.of("drinkingWaterAbstraction", "protectedAreaDownstream");

    private static final List<String> HAZARD_INPUTS = List.of("storedVolumeM3", "waterHazardClass", "managementStatus",
            "floodHazard", "seismicHazard", "damCondition");

    private static final MethodologyProfile PROFILE = ProfileReader.builtIn(2);

    private static final IndexCalculator CALCULATOR = new IndexCalculator(PROFILE);

    /** One row of a reference file, by column name. */
    record Row(Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }

        Double number(String column) {
            return get(column).isEmpty() ? null : Double.valueOf(get(column));
        }

        @Override
        public String toString() {
            return cells.values().iterator().next();
        }

    }

    private static List<Row> rows(String file) throws IOException {
        try (InputStream in = HazardAndRiskIndexV2ReferenceTest.class.getResourceAsStream(DIRECTORY + file)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String[] header = lines.get(0).split(",");
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",", header.length);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    cells.put(header[i], values[i]);
                }
                rows.add(new Row(cells));
            }
            return rows;
        }
    }

    /** The inputs of a row: empty cells are missing, {@code a..b} is an estimated volume. */
    private static Map<String, Object> inputs(Row row, List<String> names) {
        Map<String, Object> inputs = new HashMap<>();
        for (String name : names) {
            String cell = row.get(name);
            if (cell.contains("..")) {
                String[] ends = cell.split("\\.\\.");
                inputs.put(name, InputValue.estimated(Double.parseDouble(ends[0]), Double.parseDouble(ends[1]),
                        SizeEstimator.STORED_TONNAGE, Map.of()));
            }
            else if (!cell.isEmpty()) {
                inputs.put(name, NUMBERS.contains(name) ? (Object) Double.valueOf(cell)
                        : BOOLEANS.contains(name) ? (Object) Boolean.valueOf(cell) : cell);
            }
        }
        return inputs;
    }

    private static List<String> allInputs() {
        return PROFILE.allTerms(PROFILE.index("TRI").orElseThrow()).stream().map(TermDefinition::input).toList();
    }

    static List<Row> archetypes() throws IOException {
        return rows("archetypes.csv");
    }

    static List<Row> cases() throws IOException {
        return rows("cases.csv");
    }

    static List<Row> sizes() throws IOException {
        return rows("size.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void anArchetypeFallsInItsExpectedClasses(Row archetype) {
        IndexResult thi = CALCULATOR.calculate("THI", inputs(archetype, HAZARD_INPUTS));
        IndexResult tri = CALCULATOR.calculate("TRI", inputs(archetype, allInputs()));
        assertThat(thi.value()).isCloseTo(archetype.number("expected_thi"), within(1e-8));
        assertThat(thi.indexClass()).isEqualTo(archetype.get("expected_thi_class"));
        assertThat(tri.value()).isCloseTo(archetype.number("expected_tri"), within(1e-8));
        assertThat(tri.indexClass()).isEqualTo(archetype.get("expected_tri_class"));
        assertThat(tri.completeness()).as("archetypes are fully described").isEqualTo(1.0);
    }

    @Test
    void theArchetypesSpreadOverEveryClassAndNoClassHoldsMoreThanSixtyPercent() throws IOException {
        List<Row> archetypes = archetypes();
        assertThat(archetypes).hasSizeGreaterThanOrEqualTo(8);
        for (String index : List.of("THI", "TRI")) {
            Map<String, Long> perClass = archetypes.stream()
                .map(row -> CALCULATOR.calculate(index, inputs(row, index.equals("THI") ? HAZARD_INPUTS : allInputs())))
                .collect(Collectors.groupingBy(IndexResult::indexClass, Collectors.counting()));
            assertThat(perClass).as(index).containsOnlyKeys("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
            assertThat(perClass.values()).as(index).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(archetypes.size() * 6 / 10));
        }
        Row wellRun = archetypes.stream().filter(row -> row.get("storedVolumeM3").equals("12500000")).findFirst().orElseThrow();
        assertThat(CALCULATOR.calculate("TRI", inputs(wellRun, allInputs())).indexClass())
            .as("a well-run, supervised 12.5 million m3 facility").isNotEqualTo("VERY_HIGH");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anIntervalCaseMatchesItsBoundsCompletenessAndTighteners(Row reference) {
        String index = reference.get("index");
        IndexResult result = CALCULATOR.calculate(index, inputs(reference, index.equals("THI") ? HAZARD_INPUTS : allInputs()));
        assertThat(result.low()).as(reference.get("source")).isCloseTo(reference.number("expected_low"), within(1e-8));
        assertThat(result.high()).as(reference.get("source")).isCloseTo(reference.number("expected_high"), within(1e-8));
        assertThat(result.lowClass()).isEqualTo(reference.get("expected_low_class"));
        assertThat(result.highClass()).isEqualTo(reference.get("expected_high_class"));
        assertThat(result.completeness()).isCloseTo(reference.number("expected_completeness"), within(1e-8));
        List<Tightener> expected = reference.get("expected_tighteners").isEmpty() ? List.of()
                : Arrays.stream(reference.get("expected_tighteners").split(";")).map(text -> text.split(":"))
                    .map(parts -> new Tightener(parts[0], Double.parseDouble(parts[1]), Boolean.parseBoolean(parts[2])))
                    .toList();
        assertThat(result.tighteners()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void aSizeCaseGivesItsMethodAndInterval(Row reference) {
        Function<String, Double> fact = reference::number;
        Double years = fact.apply("throughputYears");
        SizeFacts facts = new SizeFacts(fact.apply("storedVolumeM3"), fact.apply("designCapacityM3"),
                fact.apply("storedTonnageT"), fact.apply("designTonnageT"), fact.apply("impoundmentAreaHa"),
                fact.apply("damHeightM"), fact.apply("annualOreThroughputT"), years == null ? null : years.intValue());
        Optional<SizeEstimate> estimate = new SizeEstimator(PROFILE.size()).estimate(facts);
        if (reference.get("expected_method").equals("NONE")) {
            assertThat(estimate).as(reference.get("source")).isEmpty();
            return;
        }
        assertThat(estimate).as(reference.get("source")).isPresent();
        assertThat(estimate.get().method()).isEqualTo(reference.get("expected_method"));
        assertThat(estimate.get().lowM3()).isCloseTo(reference.number("expected_low_m3"), within(1e-5));
        assertThat(estimate.get().highM3()).isCloseTo(reference.number("expected_high_m3"), within(1e-5));
    }

}
