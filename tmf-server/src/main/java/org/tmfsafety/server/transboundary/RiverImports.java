package org.tmfsafety.server.transboundary;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import jakarta.annotation.PreDestroy;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.geo.river.LineNetworkBuilder;
import org.tmfsafety.geo.river.NetworkIssue;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverDataReader;
import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.river.RiverNetworkException;
import org.tmfsafety.geo.transboundary.RiverMouths;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.system.Hashes;

/**
 * Imports river networks in the background, one at a time: the uploaded file is streamed (memory grows with
 * the network, not with the file), the network is built and validated, and only then stored and put in use in
 * one transaction, so that a failed or cancelled import leaves the network in use untouched. Progress (bytes
 * read, features read, phase) can be polled; an import can be cancelled until it starts storing.
 */
@Component
class RiverImports {

    /** Audit entity type of imported networks. */
    static final String AUDIT_TYPE = "river_network";

    private static final Logger log = LoggerFactory.getLogger(RiverImports.class);

    /** Finished jobs kept for their reports. */
    private static final int KEPT_JOBS = 20;

    private final TransboundaryService service;

    private final RiverNetworkRepository networks;

    private final TransactionTemplate transactions;

    private final AuditLog audit;

    private final JsonMapper json;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "river-import");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<UUID, Job> jobs = new LinkedHashMap<>();

    RiverImports(TransboundaryService service, RiverNetworkRepository networks, TransactionTemplate transactions,
            AuditLog audit, JsonMapper json) {
        this.service = service;
        this.networks = networks;
        this.transactions = transactions;
        this.audit = audit;
        this.json = json;
    }

    /**
     * What is being imported.
     *
     * @param scaleDenominator the map scale the network is good for (E16e), or null when not stated
     */
    record Request(String name, RiverImportFormat format, RiverImportMode mode, Double toleranceKm, String fileName,
            Integer scaleDenominator) {

        Request(String name, RiverImportFormat format, RiverImportMode mode, Double toleranceKm, String fileName) {
            this(name, format, mode, toleranceKm, fileName, null);
        }
    }

    enum State {
        RUNNING, SUCCEEDED, FAILED, CANCELLED
    }

    enum Phase {
        READING, BUILDING, STORING, RECOMPUTING, DONE
    }

    /** One import; its fields are read by the page while the import thread writes them. */
    static final class Job {

        final UUID id = UUID.randomUUID();

        final Request request;

        final long totalBytes;

        final OffsetDateTime startedAt = OffsetDateTime.now();

        volatile State state = State.RUNNING;

        volatile Phase phase = Phase.READING;

        volatile long bytesRead;

        volatile long items;

        volatile boolean cancelRequested;

        volatile NetworkReport report;

        volatile RiverNetworkException problem;

        volatile boolean internalError;

        volatile Long networkId;

        Job(Request request, long totalBytes) {
            this.request = request;
            this.totalBytes = totalBytes;
        }
    }

    /**
     * Starts importing a file the caller has written to disk (it is deleted when the import ends).
     *
     * @return the job, or empty when another import is still running
     */
    synchronized Optional<Job> start(Path file, Request request) throws IOException {
        if (jobs.values().stream().anyMatch(job -> job.state == State.RUNNING)) {
            return Optional.empty();
        }
        Job job = new Job(request, Files.size(file));
        jobs.put(job.id, job);
        while (jobs.size() > KEPT_JOBS) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job, file), SecurityContextHolder.getContext()));
        return Optional.of(job);
    }

    synchronized Optional<Job> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The most recent job, if any. */
    synchronized Optional<Job> latest() {
        List<Job> all = new ArrayList<>(jobs.values());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Asks a running import to stop; it stops at once while reading or building, never half-way through storing. */
    boolean cancel(UUID id) {
        Job job = find(id).orElse(null);
        if (job == null || job.state != State.RUNNING || job.phase.compareTo(Phase.STORING) >= 0) {
            return false;
        }
        job.cancelRequested = true;
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void run(Job job, Path file) {
        try {
            MessageDigest sha256 = Hashes.sha256();
            RiverNetwork network;
            NetworkReport report;
            try (InputStream in = new DigestInputStream(new Progress(Files.newInputStream(file), job), sha256);
                    Reader reader = new InputStreamReader(new BufferedInputStream(in, 1 << 16), StandardCharsets.UTF_8)) {
                if (job.request.format() == RiverImportFormat.LINES_GEOJSON) {
                    LineNetworkBuilder builder = new LineNetworkBuilder(job.request.toleranceKm())
                        .outletHint(new RiverMouths(service.countries(), service.water()));
                    RiverDataReader.readLines(reader, (id, name, lonLat) -> {
                        job.items = id;
                        builder.add(id, name, lonLat);
                    });
                    job.phase = Phase.BUILDING;
                    checkCancelled(job);
                    RiverNetwork lines = builder.build();
                    report = builder.report();
                    network = job.request.mode() == RiverImportMode.EXTEND ? appended(lines) : lines;
                }
                else {
                    RiverNetwork.Builder builder = RiverNetwork.builder(1024);
                    if (job.request.mode() == RiverImportMode.EXTEND) {
                        copy(service.riverNetwork(), builder, 0);
                    }
                    RiverDataReader.ReachSink sink = (id, down, length, lonLat, name, order, discharge) -> {
                        job.items++;
                        builder.add(id, down, length, lonLat, name, order, discharge);
                    };
                    if (job.request.format() == RiverImportFormat.HYDRORIVERS_CSV) {
                        RiverDataReader.readHydroRiversCsv(reader, sink);
                    }
                    else {
                        RiverDataReader.readHydroRiversGeoJson(reader, sink);
                    }
                    job.phase = Phase.BUILDING;
                    checkCancelled(job);
                    network = builder.build();
                    report = builder.report();
                }
            }
            job.report = report;
            checkCancelled(job);
            job.phase = Phase.STORING;
            String sha = HexFormat.of().formatHex(sha256.digest());
            RiverNetworkRepository.StoredNetwork meta = new RiverNetworkRepository.StoredNetwork(0, job.request.name(),
                    job.request.format(), job.request.mode(), job.request.fileName(), sha,
                    job.request.format() == RiverImportFormat.LINES_GEOJSON ? job.request.toleranceKm() : null,
                    network.size(), report.outletCount(), reportJson(report), true, job.request.scaleDenominator(),
                    SecurityContextHolder.getContext().getAuthentication() == null ? null
                            : SecurityContextHolder.getContext().getAuthentication().getName(),
                    null);
            long id = transactions.execute(status -> {
                long stored = networks.insert(meta, network);
                networks.activate(stored);
                audit.record(AUDIT_TYPE, stored, AuditAction.CREATE, null, Map.of("name", meta.name(), "format",
                        meta.format(), "mode", meta.mode(), "fileName", String.valueOf(meta.fileName()), "fileSha256", sha,
                        "reaches", meta.reachCount()));
                return stored;
            });
            job.networkId = id;
            job.phase = Phase.RECOMPUTING;
            service.use(id, job.request.name(), network, job.request.scaleDenominator());
            job.phase = Phase.DONE;
            job.state = State.SUCCEEDED;
            log.info("River network {} '{}' imported: {} reaches", id, job.request.name(), network.size());
        }
        catch (CancellationException ex) {
            job.state = State.CANCELLED;
        }
        catch (RiverNetworkException ex) {
            job.problem = ex;
            job.state = State.FAILED;
        }
        catch (IOException | RuntimeException ex) {
            log.error("River network import failed", ex);
            job.internalError = true;
            job.state = State.FAILED;
        }
        finally {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException ex) {
                log.warn("Cannot delete the uploaded file {}", file, ex);
            }
        }
    }

    /** The network in use with the lines' reaches appended, their ids shifted past the highest id in use. */
    private RiverNetwork appended(RiverNetwork lines) {
        RiverNetwork current = service.riverNetwork();
        long offset = 0;
        for (int reach = 0; reach < current.size(); reach++) {
            offset = Math.max(offset, current.id(reach));
        }
        RiverNetwork.Builder builder = RiverNetwork.builder(current.size() + lines.size());
        copy(current, builder, 0);
        copy(lines, builder, offset);
        return builder.build();
    }

    private static void copy(RiverNetwork from, RiverNetwork.Builder to, long idOffset) {
        for (int reach = 0; reach < from.size(); reach++) {
            double[] lonLat = new double[from.vertexCount(reach) * 2];
            for (int v = 0; v < from.vertexCount(reach); v++) {
                lonLat[2 * v] = from.longitude(reach, v);
                lonLat[2 * v + 1] = from.latitude(reach, v);
            }
            int down = from.downstream(reach);
            to.add(from.id(reach) + idOffset, down == RiverNetwork.NONE ? 0 : from.id(down) + idOffset,
                    from.lengthKm(reach), lonLat, from.name(reach), from.strahlerOrder(reach),
                    from.dischargeCubicMetresPerSecond(reach));
        }
    }

    private String reportJson(NetworkReport report) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (NetworkIssue.Type type : NetworkIssue.Type.values()) {
            counts.put(type.name(), report.count(type));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reachCount", report.reachCount());
        body.put("outletCount", report.outletCount());
        body.put("counts", counts);
        body.put("issues", report.issues());
        body.put("truncated", report.truncated());
        return json.writeValueAsString(body);
    }

    private static void checkCancelled(Job job) {
        if (job.cancelRequested) {
            throw new CancellationException();
        }
    }

    /** Counts bytes read and stops reading when the job is cancelled. */
    private static final class Progress extends FilterInputStream {

        private final Job job;

        Progress(InputStream in, Job job) {
            super(in);
            this.job = job;
        }

        @Override
        public int read() throws IOException {
            checkCancelled(job);
            int b = super.read();
            if (b >= 0) {
                job.bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkCancelled(job);
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                job.bytesRead += n;
            }
            return n;
        }
    }
}
