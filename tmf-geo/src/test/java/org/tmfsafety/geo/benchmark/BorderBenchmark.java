package org.tmfsafety.geo.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Geometry;
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
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.country.NaturalEarthCountries;

/**
 * Country and nearest land border for 30,000 seeded points in Central Asia (35-56°N, 46-88°E) on Natural Earth
 * 1:50m countries from ../shared/data, and building the index. Run with scripts/benchmark-jmh.sh tmf-geo; results in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BorderBenchmark {

    private static final int POINTS = 30_000;

    private Map<String, Geometry> countries;

    private CountryIndex index;

    private double[][] points;

    @Setup
    public void load() throws IOException {
        Path file = Path.of("tmf-geo").resolve(NaturalEarthCountries.FILE);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException(file.toAbsolutePath().normalize()
                    + " is absent: the benchmark needs ../shared/data beside the project");
        }
        countries = NaturalEarthCountries.load(file);
        index = CountryIndex.of(countries);
        Random random = new Random(42);
        points = new double[POINTS][];
        for (int i = 0; i < POINTS; i++) {
            points[i] = new double[] { 35 + random.nextDouble() * 21, 46 + random.nextDouble() * 42 };
        }
    }

    @Benchmark
    public void countryAndNearestBorderFor30000Points(Blackhole blackhole) {
        for (double[] point : points) {
            blackhole.consume(index.nearestBorder(point[0], point[1]));
        }
    }

    @Benchmark
    public CountryIndex buildIndexOfNaturalEarth50mCountries() {
        return CountryIndex.of(countries);
    }
}
