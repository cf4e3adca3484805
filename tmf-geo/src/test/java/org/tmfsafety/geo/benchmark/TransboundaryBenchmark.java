package org.tmfsafety.geo.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tmfsafety.geo.country.NaturalEarthCountries;
import org.tmfsafety.geo.transboundary.NaturalEarthGeography;
import org.tmfsafety.geo.transboundary.TransboundaryAnalyzer;

/**
 * The whole screening (country, border distance, snap, trace with countries, crossing and lakes) of 30,000
 * seeded sites in Central Asia (35-56°N, 46-88°E) on Natural Earth 1:10m rivers, 1:50m countries and lakes from
 * ../shared/data: what recomputing every facility costs. "cold" builds a fresh analyzer each time (no vertex
 * countries known yet), "warm" reuses one. Run with scripts/benchmark-jmh.sh tmf-geo; results in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class TransboundaryBenchmark {

    private static final int SITES = 30_000;

    private NaturalEarthGeography geography;

    private TransboundaryAnalyzer warm;

    private TransboundaryAnalyzer cold;

    private double[][] sites;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path data = Path.of("tmf-geo").resolve(NaturalEarthCountries.FILE).getParent();
        if (!Files.isReadable(data.resolve(NaturalEarthGeography.RIVERS.getFileName()))) {
            throw new IllegalStateException(data.toAbsolutePath().normalize()
                    + " is absent: the benchmark needs ../shared/data beside the project");
        }
        geography = NaturalEarthGeography.load(data);
        warm = geography.analyzer();
        Random random = new Random(42);
        sites = new double[SITES][];
        for (int i = 0; i < SITES; i++) {
            sites[i] = new double[] { 35 + random.nextDouble() * 21, 46 + random.nextDouble() * 42 };
        }
        for (double[] site : sites) {
            warm.analyze(site[0], site[1]);
        }
    }

    @Setup(Level.Iteration)
    public void freshAnalyzer() {
        TransboundaryAnalyzer template = geography.analyzer();
        cold = new TransboundaryAnalyzer(template.countries(), template.network(), template.water(),
                template.maxSnapKm(), template.rule());
    }

    @Benchmark
    public void screen30000SitesCold(Blackhole blackhole) {
        for (double[] site : sites) {
            blackhole.consume(cold.analyze(site[0], site[1]));
        }
    }

    @Benchmark
    public void screen30000SitesWarm(Blackhole blackhole) {
        for (double[] site : sites) {
            blackhole.consume(warm.analyze(site[0], site[1]));
        }
    }
}
