package org.tmfsafety.server.assessment;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of checklist assessments. Errors are RFC 9457 problem details in the caller's language. */
@RestController
@Tag(name = "Assessments", description = "Checklist assessments of facilities")
class AssessmentApiController {

    private final AssessmentService service;

    private final ProgrammeService programme;

    private final AttachmentService attachments;

    AssessmentApiController(AssessmentService service, ProgrammeService programme, AttachmentService attachments) {
        this.service = service;
        this.programme = programme;
        this.attachments = attachments;
    }

    /**
     * The body that starts an assessment.
     *
     * @param family QUICK, DETAILED or ABANDONED
     */
    record StartRequest(String family, Boolean followUp) {
    }

    @PostMapping("/api/v1/facilities/{id}/assessments")
    @Operation(summary = "Start an assessment of a facility",
            description = "Body {\"family\": \"QUICK\" | \"DETAILED\" | \"ABANDONED\", \"followUp\": true|false}; uses the "
                    + "current checklist template; a follow-up refers to the latest approved assessment (409 when none). "
                    + "Inspectors, authorities and administrators may assess any facility they can read, an operator "
                    + "its own ones.")
    ResponseEntity<Assessment> start(@PathVariable long id, @RequestBody StartRequest request) {
        Assessment assessment = service.start(id, request.family(), Boolean.TRUE.equals(request.followUp()));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.id())).body(assessment);
    }

    @GetMapping("/api/v1/assessments/{id}")
    @Operation(summary = "An assessment with its answers and progress")
    Assessment get(@PathVariable long id) {
        return service.get(id);
    }

    @PutMapping("/api/v1/assessments/{id}/answers")
    @Operation(summary = "Save answers",
            description = "Body: [{questionId, answer: YES|PARTLY|NO|NOT_APPLICABLE|UNKNOWN, evidence: "
                    + "DOCUMENTED|OBSERVED|STATED_ONLY (optional), comment (optional, at most 4,000 characters)}]. "
                    + "Answers replace earlier ones to the same questions; all are checked and none is saved when one "
                    + "is wrong. A submitted assessment answers 409.")
    Assessment answer(@PathVariable long id, @RequestBody List<AnswerInput> answers) {
        return service.answer(id, answers);
    }

    @PostMapping("/api/v1/assessments/{id}/answers/sync")
    @Operation(summary = "Save answers given on a device without network, without overwriting changes made meanwhile",
            description = "Body: [{questionId, answer, evidence, comment, seen: {answer, evidence, comment} | null}], "
                    + "where seen is the answer the device last saw on the server (null: none). An answer is saved when "
                    + "the server still has what the device saw (or has it as sent); otherwise it is not saved and listed "
                    + "under conflicts with the server's answer, who gave it and when. All are checked and none is saved "
                    + "when one is wrong. A submitted assessment answers 409.")
    SyncResult sync(@PathVariable long id, @RequestBody List<DeviceAnswer> answers) {
        return service.sync(id, answers);
    }

    @PostMapping("/api/v1/assessments/{id}/submit")
    @Operation(summary = "Submit an assessment: its result is computed and kept; no more answers afterwards")
    AssessmentResult submit(@PathVariable long id) {
        return service.submit(id);
    }

    @PostMapping("/api/v1/assessments/{id}/carry-over")
    @Operation(summary = "Take over the previous assessment's answers for the questions of a follow-up not answered yet",
            description = "Answer, evidence and comment of the approved assessment the follow-up follows; answers already "
                    + "given are kept. 409 for an assessment that is not a follow-up draft.")
    Assessment carryOver(@PathVariable long id) {
        service.carryOver(id);
        return service.get(id);
    }

    @GetMapping("/api/v1/assessments/{id}/result")
    @Operation(summary = "The result: overall and per-category safety levels, deficits and proposed measures by term",
            description = "The kept result of a submitted assessment; for a draft, computed from the answers so far.")
    AssessmentResult result(@PathVariable long id) {
        return service.result(id);
    }

    @GetMapping("/api/v1/assessments/{id}/compare/{other}")
    @Operation(summary = "Compare two assessments of the same facility, category by category",
            description = "The earlier assessment comes first; change = later level minus earlier level.")
    Comparison compare(@PathVariable long id, @PathVariable long other) {
        return service.compare(id, other);
    }

    @PostMapping("/api/v1/assessments/{id}/approve")
    @Operation(summary = "Approve a submitted assessment (authorities and administrators); it never changes afterwards")
    Assessment approve(@PathVariable long id) {
        return service.approve(id);
    }

    @PostMapping("/api/v1/assessments/{id}/programme")
    @Operation(summary = "Take a submitted assessment's proposal into the facility's safety improvement programme",
            description = "Body {accept: [proposed measure ids], drop: [{measureId, reason}], add: [catalogue measure ids], "
                    + "custom: [{title, term: SHORT|MEDIUM|LONG}]}. Accepted, added and custom measures are PLANNED, due "
                    + "at the end of their term's time frame; dropped ones are kept as DROPPED with their reason. "
                    + "Titles in the language of Accept-Language.")
    ResponseEntity<List<ProgrammeItem>> adopt(@PathVariable long id, @RequestBody ProgrammeDecision decision,
            Locale locale) {
        return ResponseEntity.status(HttpStatus.CREATED).body(programme.adopt(id, decision, locale.getLanguage()));
    }

    @GetMapping("/api/v1/facilities/{id}/programme")
    @Operation(summary = "The facility's safety improvement programme, overdue measures flagged",
            description = "Sorted by term, then due date. Titles in the language of Accept-Language.")
    List<ProgrammeItem> programme(@PathVariable long id, Locale locale) {
        return programme.programme(id, locale.getLanguage());
    }

    @PutMapping("/api/v1/programme-items/{id}")
    @Operation(summary = "Change a programme measure: status, due date, responsible organisation, evidence, comment",
            description = "Fields left out keep their value; version is required (409 when someone else changed the "
                    + "measure). DROPPED needs dropReason. Only inspectors, authorities and administrators verify, and only a "
                    + "DONE measure (403 for an operator, 409 otherwise); once VERIFIED, only an authority or an "
                    + "administrator changes the measure (409 for anyone else). A refused change changes nothing.")
    ProgrammeItem update(@PathVariable long id, @RequestBody ProgrammeUpdate update, Locale locale) {
        return programme.update(id, update, locale.getLanguage());
    }

    @PostMapping(value = "/api/v1/assessments/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a photo or document (JPEG, PNG or PDF) to a question of a draft assessment",
            description = "Multipart fields file and questionId. The type is recognised from the content; files over the "
                    + "limit (tmf.assessment.max-attachment-megabytes, 10 MB by default), of another type or empty are "
                    + "refused and nothing is stored.")
    ResponseEntity<Attachment> attach(@PathVariable long id, @RequestParam(required = false) String questionId,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        Attachment attachment = attachments.attach(id, questionId, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + id + "/attachments/" + attachment.id()))
            .body(attachment);
    }

    @GetMapping("/api/v1/assessments/{id}/attachments")
    @Operation(summary = "The attachments of an assessment (without their content)")
    List<Attachment> attachments(@PathVariable long id) {
        return attachments.of(id);
    }

    @GetMapping("/api/v1/assessments/{id}/attachments/{attachmentId}")
    @Operation(summary = "One attachment's content")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentResponses.download(attachments.download(id, attachmentId));
    }
}
