package org.tmfsafety.server.incident;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.system.NotFoundException;

/** Incidents and their notifications as JSON; the rules are those of {@link IncidentPermissions}. */
@RestController
@Tag(name = "Incidents")
class IncidentApiController {

    private final IncidentService service;

    private final IncidentAccidents accidents;

    IncidentApiController(IncidentService service, IncidentAccidents accidents) {
        this.service = service;
        this.accidents = accidents;
    }

    /** An incident with its issued reports. */
    record IncidentResponse(Incident incident, List<IssuedReport> reports) {

        static IncidentResponse of(IncidentService.View view) {
            return new IncidentResponse(view.incident(), view.reports());
        }
    }

    /** The next report as it would be issued now: its content, the proposed recipients and its texts. */
    record DraftResponse(Report report, List<PointOfContact> proposed, List<DraftText> texts) {
    }

    /** A report's text in one language. */
    record DraftText(String language, String title, String exercise, List<NotificationText.Line> lines, String source) {
    }

    @PostMapping("/api/v1/facilities/{facilityId}/incidents")
    @Operation(summary = "Report an incident or an exercise at a facility",
            description = "Body {kind, exercise, occurredAt (ISO 8601 with offset), status, releaseM3 (null when not "
                    + "known), substances, description, measures, contact}. Operators at their own facilities, "
                    + "inspectors, authorities and administrators at every facility. 201 with the incident.")
    ResponseEntity<IncidentResponse> report(@PathVariable long facilityId, @RequestBody IncidentInput input) {
        long id = service.report(facilityId, input);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id)).body(IncidentResponse.of(service.view(id)));
    }

    @GetMapping("/api/v1/incidents")
    @Operation(summary = "The incidents the caller may read, newest first; facilityId for one facility's")
    List<Incident> list(@RequestParam(required = false) Long facilityId) {
        return service.list(facilityId);
    }

    @GetMapping("/api/v1/incidents/{id}")
    @Operation(summary = "One incident with its issued reports and their recipients")
    IncidentResponse get(@PathVariable long id) {
        return IncidentResponse.of(service.view(id));
    }

    @PutMapping("/api/v1/incidents/{id}")
    @Operation(summary = "Change an incident on the version the caller saw (409 when it changed meanwhile)",
            description = "Body as for reporting, with version.")
    IncidentResponse update(@PathVariable long id, @RequestBody IncidentInput input) {
        service.update(id, input);
        return IncidentResponse.of(service.view(id));
    }

    @GetMapping("/api/v1/incidents/{id}/draft")
    @Operation(summary = "The next report as it would be issued now (authorities, administrators)",
            description = "type EARLY_WARNING, INFORMATION or REQUEST_FOR_ASSISTANCE (default: an early warning first, "
                    + "information after); the proposed points of contact are those of the countries the downstream "
                    + "path reaches and the joint bodies shared with them; texts in English, Russian and the "
                    + "caller's language.")
    DraftResponse draft(@PathVariable long id, @RequestParam(required = false) ReportType type,
            @RequestParam(required = false) String assistance, Locale locale) {
        IncidentService.Draft draft = service.draft(id, type, assistance, locale);
        return new DraftResponse(draft.report(), draft.proposed(), draft.texts().stream()
            .map(t -> new DraftText(t.language().toLanguageTag(), t.title(), t.exercise(), t.lines(), t.source()))
            .toList());
    }

    @PostMapping("/api/v1/incidents/{id}/reports")
    @Operation(summary = "Issue the next report to the confirmed points of contact (authorities, administrators)",
            description = "Body {type, assistance, pointOfContactIds, incidentVersion}. The facts are taken as they "
                    + "are now and kept with the report; each recipient is e-mailed (where SMTP is configured) with "
                    + "its own acknowledgement link. 201 with the issued report; 409 when the incident changed since "
                    + "incidentVersion.")
    ResponseEntity<IssuedReport> issue(@PathVariable long id, @RequestBody IncidentService.Issue issue) {
        IssuedReport issued = service.issue(id, issue);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/reports/" + issued.id())).body(issued);
    }

    @GetMapping("/api/v1/incidents/{id}/reports/{reportId}")
    @Operation(summary = "One issued report as a machine-readable document, as it was sent")
    IssuedReport issued(@PathVariable long id, @PathVariable long reportId) {
        return service.view(id).reports().stream().filter(r -> r.id() == reportId).findFirst()
            .orElseThrow(() -> new NotFoundException("problem.notFound.report", String.valueOf(reportId)));
    }

    /** A receipt given another way. */
    record AcknowledgementBody(String acknowledgedBy, String note) {
    }

    @PostMapping("/api/v1/incidents/{id}/recipients/{recipientId}/acknowledgement")
    @Operation(summary = "Record a receipt the recipient gave another way (authorities, administrators)",
            description = "Body {acknowledgedBy, note}. 409 when the receipt is acknowledged already.")
    IssuedReport.Recipient acknowledge(@PathVariable long id, @PathVariable long recipientId,
            @RequestBody AcknowledgementBody body) {
        return service.recordAcknowledgement(id, recipientId, body == null ? null : body.acknowledgedBy(),
                body == null ? null : body.note());
    }

    @PostMapping("/api/v1/incidents/{id}/accident")
    @Operation(summary = "Record a closed incident in the accident database with its lessons (authorities, administrators)",
            description = "Body {cause (FailureCause, UNKNOWN when not established), deaths, runoutKm, releasedM3 (null: "
                    + "the incident's estimate), narrative, lessons (one per line), incidentVersion}. The texts are "
                    + "stored in the language of the request. 409 for an exercise, an incident not closed, or one "
                    + "recorded already.")
    ResponseEntity<java.util.Map<String, Long>> recordAccident(@PathVariable long id, @RequestBody AccidentInput input,
            Locale locale) {
        long accident = accidents.record(id, input, locale);
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + accident))
            .body(java.util.Map.of("accidentId", accident));
    }
}
