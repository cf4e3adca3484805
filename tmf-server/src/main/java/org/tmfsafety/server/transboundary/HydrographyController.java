package org.tmfsafety.server.transboundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tmfsafety.geo.river.NetworkIssue;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverNetworkException;
import org.tmfsafety.server.system.Enums;

/**
 * The administrators' hydrography page: the river network in use with its validation report, the import
 * history, and imports of HydroRIVERS or plain line networks. The file is sent as the raw request body (so
 * that large files are streamed to disk without the multipart size limit and the browser can show upload
 * progress); the import then runs in the background and the page polls its progress.
 */
@Controller
class HydrographyController {

    /** At most this many findings of a report are listed on the page. */
    static final int LISTED_ISSUES = 50;

    private final TransboundaryService service;

    private final RiverNetworkRepository networks;

    private final RiverImports imports;

    private final MessageSource messages;

    private final long maxUploadBytes;

    HydrographyController(TransboundaryService service, RiverNetworkRepository networks, RiverImports imports,
            MessageSource messages, @Value("${tmf.transboundary.max-upload-megabytes:4096}") long maxUploadMegabytes) {
        this.service = service;
        this.networks = networks;
        this.imports = imports;
        this.messages = messages;
        this.maxUploadBytes = maxUploadMegabytes * 1024 * 1024;
    }

    /** One finding as the page lists it. */
    record IssueLine(NetworkIssue.Type type, String ids, String detail) {
    }

    @GetMapping("/admin/hydrography")
    String page(Model model, Locale locale) {
        model.addAttribute("network", service.network());
        model.addAttribute("settings", service.settings());
        model.addAttribute("history", networks.history());
        model.addAttribute("formats", RiverImportFormat.values());
        model.addAttribute("modes", RiverImportMode.values());
        model.addAttribute("issueTypes", NetworkIssue.Type.values());
        model.addAttribute("reportLimit", LISTED_ISSUES);
        if (service.network().id() == null) {
            model.addAttribute("builtInReport", service.builtInReport());
            model.addAttribute("builtInIssues", lines(service.builtInReport()));
        }
        imports.latest().ifPresent(job -> {
            model.addAttribute("jobStatus", status(job, locale));
            if (job.report != null) {
                model.addAttribute("jobReport", job.report);
                model.addAttribute("jobIssues", lines(job.report));
            }
        });
        return "admin/hydrography";
    }

    @PostMapping("/admin/hydrography/imports")
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) String name,
            @RequestParam(required = false) String format, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String toleranceKm, @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String scale, HttpServletRequest request, Locale locale) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            errors.put("name", text("hydrography.error.name", locale));
        }
        RiverImportFormat importFormat = Enums.parse(RiverImportFormat.class, format);
        if (importFormat == null) {
            errors.put("format", text("hydrography.error.format", locale));
        }
        RiverImportMode importMode = Enums.parse(RiverImportMode.class, mode);
        if (importMode == null) {
            errors.put("mode", text("hydrography.error.mode", locale));
        }
        Double tolerance = service.settings().lineToleranceKm();
        if (importFormat == RiverImportFormat.LINES_GEOJSON && toleranceKm != null && !toleranceKm.isBlank()) {
            try {
                tolerance = Double.valueOf(toleranceKm.strip().replace(',', '.'));
            }
            catch (NumberFormatException ex) {
                tolerance = null;
            }
            if (tolerance == null || !(tolerance >= 0 && tolerance <= 50)) {
                errors.put("toleranceKm", text("hydrography.error.tolerance", locale));
            }
        }
        Integer scaleDenominator = null;
        if (scale != null && !scale.isBlank()) {
            String digits = scale.strip().replaceFirst("^1\\s*:\\s*", "").replaceAll("[\\s,.\u00a0\u202f']", "");
            try {
                scaleDenominator = Integer.valueOf(digits);
            }
            catch (NumberFormatException ex) {
                scaleDenominator = -1;
            }
            if (scaleDenominator < 1_000 || scaleDenominator > 100_000_000) {
                errors.put("scale", text("hydrography.error.scale", locale));
            }
        }
        if (request.getContentLengthLong() == 0) {
            errors.put("file", text("hydrography.error.noFile", locale));
        }
        if (request.getContentLengthLong() > maxUploadBytes) {
            errors.put("file", text("hydrography.error.tooLarge", locale, maxUploadBytes / 1024 / 1024));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("errors", errors));
        }
        Path file = Files.createTempFile("tmf-rivers-", ".upload");
        try {
            long received = receive(request.getInputStream(), file);
            if (received <= 0) {
                Files.deleteIfExists(file);
                String error = received == 0 ? text("hydrography.error.noFile", locale)
                        : text("hydrography.error.tooLarge", locale, maxUploadBytes / 1024 / 1024);
                return ResponseEntity.status(received == 0 ? HttpStatus.BAD_REQUEST : HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Map.of("errors", Map.of("file", error)));
            }
            String shownName = fileName == null ? null : fileName.strip();
            Optional<RiverImports.Job> job = imports.start(file,
                    new RiverImports.Request(cleanName, importFormat, importMode, tolerance, shownName,
                            scaleDenominator));
            if (job.isEmpty()) {
                Files.deleteIfExists(file);
                return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("errors", Map.of("file", text("hydrography.error.busy", locale))));
            }
            return ResponseEntity.accepted().body(status(job.get(), locale));
        }
        catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(file);
            throw ex;
        }
    }

    @GetMapping("/admin/hydrography/imports/{id}")
    @ResponseBody
    ResponseEntity<Map<String, Object>> progress(@PathVariable UUID id, Locale locale) {
        return imports.find(id).map(job -> ResponseEntity.ok(status(job, locale)))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/admin/hydrography/imports/{id}/cancel")
    @ResponseBody
    ResponseEntity<Map<String, Object>> cancel(@PathVariable UUID id, Locale locale) {
        Optional<RiverImports.Job> job = imports.find(id);
        if (job.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        boolean accepted = imports.cancel(id);
        return ResponseEntity.status(accepted ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(status(job.get(), locale));
    }

    @PostMapping("/admin/hydrography/built-in")
    String useBuiltIn() {
        service.useBuiltIn();
        return "redirect:/admin/hydrography?builtIn";
    }

    /** Copies the body to the file; returns its size, or -1 when it exceeds the limit. */
    private long receive(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxUploadBytes) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private Map<String, Object> status(RiverImports.Job job, Locale locale) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", job.id.toString());
        status.put("name", job.request.name());
        status.put("fileName", job.request.fileName() == null ? "" : job.request.fileName());
        status.put("state", job.state.name());
        status.put("phase", job.phase.name());
        status.put("phaseLabel", text("hydrography.phase." + job.phase.name(), locale));
        status.put("stateLabel", text("hydrography.state." + job.state.name(), locale));
        status.put("bytesRead", job.bytesRead);
        status.put("totalBytes", job.totalBytes);
        status.put("percent", job.totalBytes == 0 ? 0 : Math.round(100.0 * job.bytesRead / job.totalBytes));
        status.put("items", job.items);
        status.put("cancellable", job.state == RiverImports.State.RUNNING
                && job.phase.compareTo(RiverImports.Phase.STORING) < 0);
        String message = "";
        if (job.problem != null) {
            message = problem(job.problem, locale);
        }
        else if (job.internalError) {
            message = text("hydrography.error.internal", locale);
        }
        status.put("message", message);
        return status;
    }

    /** A reading or validation problem in the user's language, naming the feature, row or reach and the field. */
    String problem(RiverNetworkException ex, Locale locale) {
        String where = ex.where() == RiverNetworkException.Where.FILE ? text("river.where.FILE", locale)
                : text("river.where." + ex.where().name(), locale, ex.number());
        return text("river.problem." + ex.problem().name(), locale, where, ex.field() == null ? "" : ex.field(),
                ex.value() == null ? "" : ex.value());
    }

    private static List<IssueLine> lines(NetworkReport report) {
        List<IssueLine> lines = new ArrayList<>();
        for (NetworkIssue issue : report.issues()) {
            if (lines.size() == LISTED_ISSUES) {
                break;
            }
            lines.add(new IssueLine(issue.type(), String.join(", ", issue.reachIds().stream().map(String::valueOf).toList()),
                    issue.detail()));
        }
        return lines;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
