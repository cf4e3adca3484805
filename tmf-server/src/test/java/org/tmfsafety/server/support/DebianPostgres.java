package org.tmfsafety.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL server (apt package {@code postgresql}, installed by .ci/run) as a private cluster for the
 * tests: its own data directory, 127.0.0.1 on a free port, fsync on, started once per test JVM and stopped when
 * the JVM ends. As root (CI containers) the server runs as the {@code postgres} account, as PostgreSQL requires.
 * Tests that need it call {@link #available()} and are skipped, saying why, on machines without it.
 */
public final class DebianPostgres {

    /** The cluster's superuser (trust authentication on 127.0.0.1 only). */
    public static final String USER = "tmf";

    private static DebianPostgres shared;

    private final Path bin;

    private final Path dataDirectory;

    private final int port;

    private DebianPostgres(Path bin, Path dataDirectory, int port) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** The directory of Debian's newest PostgreSQL programs, when installed. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .max(Comparator.comparing(dir -> Integer.parseInt(dir.getParent().getFileName().toString()
                    .replaceAll("\\D", "0"))));
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    /** Whether Debian's PostgreSQL is installed here; the message to skip with when not. */
    public static boolean available() {
        return binaries().isPresent();
    }

    public static final String MISSING = "Skipped: Debian's PostgreSQL (apt package postgresql) is not installed; "
            + ".ci/run installs it";

    /** The cluster of this test JVM, started on first use. */
    public static synchronized DebianPostgres shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A new empty database in the cluster; returns its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot create database " + name, ex);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** A program of the PostgreSQL installation, e.g. {@code pg_dump}. */
    public Path program(String name) {
        return bin.resolve(name);
    }

    private static DebianPostgres start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(MISSING));
        try {
            Path data = Path.of(System.getProperty("java.io.tmpdir"), "tmf-debian-pg-" + UUID.randomUUID());
            Files.createDirectories(data);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (isRoot()) {
                run(List.of("chown", "postgres:postgres", data.toString()));
            }
            run(asServerUser(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")));
            run(asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-l",
                    data.resolve("server.log").toString(), "-o", "-p " + port + " -k " + data
                            + " -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=200",
                    "start")));
            return new DebianPostgres(bin, data, port);
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot start Debian's PostgreSQL", ex);
        }
    }

    private void stop() {
        try {
            run(asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.resolve("db").toString(),
                    "-m", "fast", "stop")));
            run(List.of("rm", "-rf", dataDirectory.toString()));
        }
        catch (IOException | IllegalStateException ex) {
            System.err.println("Debian PostgreSQL test cluster not stopped cleanly: " + ex.getMessage());
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command, run as the postgres account when the tests run as root. */
    public static List<String> asServerUser(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, ex);
        }
    }
}
