package org.tmfsafety.methodology.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tmfsafety.methodology.index.IndexCalculator;
import org.tmfsafety.methodology.profile.ProfileReader;

/**
 * THI and TRI for 100,000 generated facilities (seeded), as a national re-rating would do after a new
 * profile is loaded. Run with scripts/benchmark-jmh.sh tmf-methodology; results in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexBenchmark {

    private static final int FACILITIES = 100_000;

    private IndexCalculator calculator;

    private List<Map<String, Object>> hazardInputs;

    private List<Map<String, Object>> riskInputs;

    @Setup
    public void generate() {
        calculator = new IndexCalculator(ProfileReader.builtIn(1));
        Random random = new Random(42);
        String[][] categories = { { "waterHazardClass", "NWG", "WGK1", "WGK2", "WGK3", "UNKNOWN" },
                { "managementStatus", "OPERATED_SUPERVISED", "CLOSED_MAINTAINED", "NO_RESPONSIBLE_OPERATOR" },
                { "floodHazard", "OUTSIDE_FLOOD_AREA", "FLOOD_PRONE" }, { "seismicHazard", "LOW", "MODERATE", "HIGH" },
                { "damCondition", "NO_DEFICIENCIES", "DEFICIENCIES", "CRITICAL" } };
        hazardInputs = new ArrayList<>(FACILITIES);
        riskInputs = new ArrayList<>(FACILITIES);
        for (int i = 0; i < FACILITIES; i++) {
            Map<String, Object> hazard = new HashMap<>();
            hazard.put("storedVolumeM3", Math.pow(10, 3 + random.nextDouble() * 6));
            for (String[] category : categories) {
                if (random.nextInt(4) > 0) {
                    hazard.put(category[0], category[1 + random.nextInt(category.length - 1)]);
                }
            }
            Map<String, Object> risk = new HashMap<>(hazard);
            risk.put("populationAtRisk", (double) random.nextInt(20_000));
            risk.put("drinkingWaterAbstraction", random.nextBoolean());
            risk.put("distanceToSurfaceWaterKm", random.nextDouble() * 10);
            hazardInputs.add(hazard);
            riskInputs.add(risk);
        }
    }

    @Benchmark
    public void thiAndTriFor100000Facilities(Blackhole blackhole) {
        for (int i = 0; i < FACILITIES; i++) {
            blackhole.consume(calculator.calculate("THI", hazardInputs.get(i)));
            blackhole.consume(calculator.calculate("TRI", riskInputs.get(i)));
        }
    }

}
