package org.tmfsafety.server.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.tmfsafety.geo.river.DownstreamPath;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.river.RiverSnap;

/**
 * The river network at HydroRIVERS scale (issue 6), on a generated network of 1,000,000 reaches
 * ({@link SyntheticRiverNetwork}): import and index; snap and trace of 30,000 points; and the downstream trace of the
 * Java network against the same trace by a recursive CTE in the embedded PostgreSQL, from the same 1,000 start
 * reaches. The heap kept by the built network is printed by the set-up ("network heap"). Run with
 * scripts/benchmark-jmh.sh tmf-server (about 4 minutes); results in docs/performance.md.
 */
@Fork(1)
public class RiverNetworkBenchmark {

    static final int REACHES = 1_000_000;

    static final long SEED = 6;

    static final int POINTS = 30_000;

    static final double SNAP_KM = 10;

    static final int TRACES = 1_000;

    /** The downstream trace as a recursive CTE: reaches to the outlet and their length. */
    static final String TRACE_SQL = """
            WITH RECURSIVE down AS (
                SELECT reach_id, next_down, length_km, 1 AS n FROM river_reach WHERE reach_id = ?
                UNION ALL
                SELECT r.reach_id, r.next_down, r.length_km, d.n + 1 FROM river_reach r JOIN down d ON r.reach_id = d.next_down
            )
            SELECT count(*), sum(length_km) FROM down""";

    private static final double KM_PER_DEGREE = Math.toRadians(1) * 6371.0088;

    /** The generated source data, as a reader of the HydroRIVERS file would deliver it. */
    @State(Scope.Benchmark)
    public static class Source {

        SyntheticRiverNetwork rivers;

        @Setup(Level.Trial)
        public void generate() {
            rivers = generateAndDescribe();
        }
    }

    /** The built network, 30,000 points near its reaches and 1,000 start reaches. */
    @State(Scope.Benchmark)
    public static class Network {

        RiverNetwork network;

        double[] latitudes;

        double[] longitudes;

        /** Snaps to the upstream end of 1,000 random reaches: the trace covers each reach in full. */
        RiverSnap[] starts;

        @Setup(Level.Trial)
        public void build() {
            SyntheticRiverNetwork rivers = generateAndDescribe();
            long before = usedHeapAfterGc();
            RiverNetwork.Builder builder = rivers.addTo(RiverNetwork.builder(REACHES));
            network = builder.build();
            NetworkReport report = builder.report();
            builder = null;
            long after = usedHeapAfterGc();
            Reference.reachabilityFence(rivers);
            System.out.printf("%nnetwork heap: %.1f MB (heap used after GC %.1f MB with the source data, %.1f MB with it"
                    + " and the network); %d reaches, %d outlets, %d findings%n", (after - before) / 1e6, before / 1e6,
                    after / 1e6, report.reachCount(), report.outletCount(), report.issues().size());
            if (network.size() != REACHES || report.outletCount() != rivers.basinCount() || !report.issues().isEmpty()) {
                throw new IllegalStateException("unexpected network: " + report.issues());
            }
            Random random = new Random(SEED + 2);
            latitudes = new double[POINTS];
            longitudes = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                int reach = random.nextInt(network.size());
                int vertex = random.nextInt(network.vertexCount(reach));
                double km = 2 * random.nextDouble();
                double bearing = 2 * Math.PI * random.nextDouble();
                latitudes[i] = network.latitude(reach, vertex) + km * Math.cos(bearing) / KM_PER_DEGREE;
                longitudes[i] = network.longitude(reach, vertex)
                        + km * Math.sin(bearing) / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitudes[i])));
            }
            long reachesPassed = 0;
            double distance = 0;
            int sameWithin2Km = 0;
            for (int i = 0; i < POINTS; i++) {
                RiverSnap snap = network.snap(latitudes[i], longitudes[i], SNAP_KM)
                    .orElseThrow(() -> new IllegalStateException("a point near a reach did not snap"));
                distance += snap.distanceKm();
                reachesPassed += network.trace(snap).reachCount();
                if (network.snap(latitudes[i], longitudes[i], 2).filter(snap::equals).isPresent()) {
                    sameWithin2Km++;
                }
            }
            System.out.printf("30,000 points: all snapped, mean distance %.2f km, mean %.1f reaches to the outlet;"
                    + " the same snap within 2 km for %,d%n", distance / POINTS, (double) reachesPassed / POINTS,
                    sameWithin2Km);
            starts = new RiverSnap[TRACES];
            long startReaches = 0;
            for (int i = 0; i < TRACES; i++) {
                int reach = random.nextInt(network.size());
                starts[i] = new RiverSnap(reach, network.id(reach), 0, network.latitude(reach, 0),
                        network.longitude(reach, 0), 0, network.lengthKm(reach));
                startReaches += network.trace(starts[i]).reachCount();
            }
            System.out.printf("1,000 start reaches: mean %.1f reaches to the outlet%n", (double) startReaches / TRACES);
        }
    }

    /** The same network in the embedded PostgreSQL: river_reach(reach_id, next_down, length_km). */
    @State(Scope.Benchmark)
    public static class Database {

        EmbeddedPostgres postgres;

        Connection connection;

        PreparedStatement trace;

        long[] startIds;

        @Setup(Level.Trial)
        public void load(Network state) throws Exception {
            RiverNetwork network = state.network;
            long t0 = System.nanoTime();
            postgres = EmbeddedPostgres.builder().start();
            connection = postgres.getPostgresDatabase().getConnection();
            long t1 = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                // the library's default (off) keeps VACUUM right after the load from marking the pages all-visible,
                // and without that the index-only scans below would read the table as well
                statement.execute("SET synchronous_commit = on");
                statement.execute("CREATE TABLE river_reach (reach_id bigint NOT NULL, next_down bigint NOT NULL,"
                        + " length_km double precision NOT NULL)");
                long copied = copy(network);
                if (copied != network.size()) {
                    throw new IllegalStateException(copied + " rows copied");
                }
                long t2 = System.nanoTime();
                // the key with the other two columns in the index: each recursive step is one index-only lookup
                statement.execute("ALTER TABLE river_reach ADD PRIMARY KEY (reach_id) INCLUDE (next_down, length_km)");
                statement.execute("VACUUM ANALYZE river_reach");
                long t3 = System.nanoTime();
                System.out.printf("%nPostgreSQL: start %.1f s, COPY of %d rows %.1f s, primary key and VACUUM ANALYZE"
                        + " %.1f s; %s%n", (t1 - t0) / 1e9, copied, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                        single(statement, "SELECT version() || ', table ' || pg_size_pretty(pg_table_size('river_reach'))"
                                + " || ', index ' || pg_size_pretty(pg_indexes_size('river_reach'))"
                                + " || ', jit ' || current_setting('jit')"));
            }
            startIds = Arrays.stream(state.starts).mapToLong(RiverSnap::reachId).toArray();
            trace = connection.prepareStatement(TRACE_SQL);
            for (int i = 0; i < TRACES; i++) {
                DownstreamPath path = network.trace(state.starts[i]);
                trace.setLong(1, startIds[i]);
                try (ResultSet row = trace.executeQuery()) {
                    row.next();
                    long count = row.getLong(1);
                    double km = row.getDouble(2);
                    if (count != path.reachCount() || !(Math.abs(km - path.lengthKm()) <= 1e-6 * path.lengthKm())) {
                        throw new IllegalStateException("reach " + startIds[i] + ": the CTE found " + count
                                + " reaches and " + km + " km, the network " + path.reachCount() + " reaches and "
                                + path.lengthKm() + " km");
                    }
                }
            }
            System.out.println("the CTE and the network agree on all 1,000 traces (reach count, length to 1e-6)");
            try (Statement statement = connection.createStatement();
                    ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) "
                            + TRACE_SQL.replace("?", Long.toString(startIds[0])))) {
                while (plan.next()) {
                    System.out.println("  " + plan.getString(1));
                }
            }
        }

        private long copy(RiverNetwork network) throws SQLException {
            CopyIn in = connection.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY river_reach (reach_id, next_down, length_km) FROM STDIN");
            try {
                StringBuilder rows = new StringBuilder(1 << 17);
                for (int i = 0; i < network.size(); i++) {
                    int down = network.downstream(i);
                    rows.append(network.id(i))
                        .append('\t')
                        .append(down == RiverNetwork.NONE ? 0 : network.id(down))
                        .append('\t')
                        .append(network.lengthKm(i))
                        .append('\n');
                    if (rows.length() >= 1 << 16 || i == network.size() - 1) {
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
                        in.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                }
                return in.endCopy();
            }
            finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }

        private static String single(Statement statement, String sql) throws SQLException {
            try (ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getString(1);
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            trace.close();
            connection.close();
            postgres.close();
        }
    }

    /** Import and index: all 1,000,000 reaches added to the builder, and build(). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RiverNetwork importAndIndex1000000Reaches(Source source) {
        return source.rivers.addTo(RiverNetwork.builder(REACHES)).build();
    }

    /** 30,000 points snapped (within 10 km) and traced to the outlet; the score is for all 30,000. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public void snapAndTrace30000Points(Network state, Blackhole blackhole) {
        RiverNetwork network = state.network;
        for (int i = 0; i < POINTS; i++) {
            Optional<RiverSnap> snap = network.snap(state.latitudes[i], state.longitudes[i], SNAP_KM);
            if (snap.isPresent()) {
                blackhole.consume(network.trace(snap.get()));
            }
            else {
                blackhole.consume(snap);
            }
        }
    }

    /**
     * The same with a 2 km search radius, which finds the same reaches (every point lies within 2 km of its reach):
     * shows what the scan of the 10 km window costs.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public void snapAndTrace30000PointsWithin2Km(Network state, Blackhole blackhole) {
        RiverNetwork network = state.network;
        for (int i = 0; i < POINTS; i++) {
            Optional<RiverSnap> snap = network.snap(state.latitudes[i], state.longitudes[i], 2);
            if (snap.isPresent()) {
                blackhole.consume(network.trace(snap.get()));
            }
            else {
                blackhole.consume(snap);
            }
        }
    }

    /** The downstream trace in the Java network from 1,000 start reaches; the score is per trace. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(TRACES)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void traceDownstreamJava(Network state, Blackhole blackhole) {
        for (RiverSnap start : state.starts) {
            DownstreamPath path = state.network.trace(start);
            blackhole.consume(path.reachCount());
            blackhole.consume(path.lengthKm());
        }
    }

    /** The same traces by the recursive CTE (prepared statement, one query per trace); the score is per trace. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(TRACES)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public void traceDownstreamRecursiveCte(Database database, Blackhole blackhole) throws SQLException {
        for (long id : database.startIds) {
            database.trace.setLong(1, id);
            try (ResultSet row = database.trace.executeQuery()) {
                row.next();
                blackhole.consume(row.getLong(1));
                blackhole.consume(row.getDouble(2));
            }
        }
    }

    private static SyntheticRiverNetwork generateAndDescribe() {
        long start = System.nanoTime();
        SyntheticRiverNetwork rivers = SyntheticRiverNetwork.generate(REACHES, SEED);
        int[] depth = rivers.reachesToOutlet();
        Arrays.sort(depth);
        long vertices = 0;
        double km = 0;
        for (int i = 0; i < rivers.size(); i++) {
            vertices += rivers.vertexCount(i);
            km += rivers.lengthKm(i);
        }
        System.out.printf("%ngenerated %,d reaches in %d basins in %.1f s: %,d vertices, %.0f km of river (mean reach"
                + " %.2f km); reaches to the outlet: median %d, 90th percentile %d, max %d%n", rivers.size(),
                rivers.basinCount(), (System.nanoTime() - start) / 1e9, vertices, km, km / rivers.size(),
                depth[depth.length / 2], depth[depth.length * 9 / 10], depth[depth.length - 1]);
        return rivers;
    }

    /** The heap in use after full collections (the least of a few, so that no garbage is counted). */
    static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
