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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tmfsafety.methodology.index.FacilityRating;
import org.tmfsafety.methodology.index.IndexCalculator;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.methodology.size.SizeFacts;

/**
 * THI and TRI for 100,000 generated facilities (seeded), as a national re-rating would do after a new
 * profile is loaded, under each built-in profile version ({@code version}: v1 substitutes, v2 intervals with
 * completeness and tighteners); and whole facility ratings under v2 where two facilities in three give only a
 * stored tonnage or a design capacity, so that their volume is estimated. Run with
 * scripts/benchmark-jmh.sh tmf-methodology; results in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexBenchmark {

    private static final int FACILITIES = 100_000;

    @Param({ "1", "2" })
    private int version;

    private IndexCalculator calculator;

    private FacilityRating rating;

    private List<SizeFacts> sizes;

    private List<Map<String, Object>> otherInputs;

    private List<Map<String, Object>> hazardInputs;

    private List<Map<String, Object>> riskInputs;

    @Setup
    public void generate() {
        MethodologyProfile profile = ProfileReader.builtIn(version);
        calculator = new IndexCalculator(profile);
        rating = new FacilityRating(profile);
        Random random = new Random(42);
        String[][] categories = { { "waterHazardClass", "NWG", "WGK1", "WGK2", "WGK3", "UNKNOWN" },
                { "managementStatus", "OPERATED_SUPERVISED", "CLOSED_MAINTAINED", "NO_RESPONSIBLE_OPERATOR" },
                { "floodHazard", "OUTSIDE_FLOOD_AREA", "FLOOD_PRONE" }, { "seismicHazard", "LOW", "MODERATE", "HIGH" },
                { "damCondition", "NO_DEFICIENCIES", "DEFICIENCIES", "CRITICAL" } };
        hazardInputs = new ArrayList<>(FACILITIES);
        riskInputs = new ArrayList<>(FACILITIES);
        sizes = new ArrayList<>(FACILITIES);
        otherInputs = new ArrayList<>(FACILITIES);
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
            double volume = (Double) hazard.get("storedVolumeM3");
            sizes.add(switch (i % 3) {
                case 0 -> SizeFacts.ofStoredVolume(volume);
                case 1 -> new SizeFacts(null, null, volume * 1.5, null, null, null, null, null);
                default -> new SizeFacts(null, volume * 1.2, null, null, null, null, null, null);
            });
            Map<String, Object> other = new HashMap<>(risk);
            other.remove("storedVolumeM3");
            otherInputs.add(other);
        }
    }

    @Benchmark
    public void thiAndTriFor100000Facilities(Blackhole blackhole) {
        for (int i = 0; i < FACILITIES; i++) {
            blackhole.consume(calculator.calculate("THI", hazardInputs.get(i)));
            blackhole.consume(calculator.calculate("TRI", riskInputs.get(i)));
        }
    }

    @Benchmark
    public void facilityRatingsWithEstimatedSizesFor100000Facilities(Blackhole blackhole) {
        for (int i = 0; i < FACILITIES; i++) {
            blackhole.consume(rating.rate(sizes.get(i), otherInputs.get(i)));
        }
    }

}
