package org.tmfsafety.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/tmf-server.jar}, built before the integration tests) running as a
 * separate process, as a production node runs: its own port, the given settings, its output in a log file.
 */
public final class ServerNode implements AutoCloseable {

    private final Process process;

    private final int port;

    private final Path log;

    private ServerNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The packaged jar, or empty when the build has not packaged it (tests run from an IDE). */
    public static java.util.Optional<Path> jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tmf-server.*\\.jar")
                    && !p.getFileName().toString().endsWith("-plain.jar")).findFirst();
        }
        catch (IOException ex) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Starts a node with the given settings ({@code name=value}, where {@code {port}} stands for the node's port, e.g.
     * in {@code tmf.base-url=http://localhost:{port}}) and waits until it is ready (at most 90 s).
     */
    public static ServerNode start(String name, List<String> settings) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "nodes", name + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().orElseThrow(() -> new IllegalStateException("no packaged jar in target/"))
                    .toString(), "--server.port=" + port, "--spring.main.banner-mode=off"));
        String portText = String.valueOf(port);
        settings.forEach(setting -> command.add("--" + setting.replace("{port}", portText)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerNode node = new ServerNode(process, port, log);
        node.awaitReady();
        return node;
    }

    private void awaitReady() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node on port " + port + " stopped: " + tail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                    .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node on port " + port + " not ready in 90 s: " + tail());
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Kills the process at once (SIGKILL), as a power cut or the OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The end of the node's log, for failure messages. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops the node gracefully (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
