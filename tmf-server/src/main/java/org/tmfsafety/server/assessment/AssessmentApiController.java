package org.tmfsafety.server.assessment;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of checklist assessments. Errors are RFC 9457 problem details in the caller's language. */
@RestController
@Tag(name = "Assessments", description = "Checklist assessments of facilities")
class AssessmentApiController {

    private final AssessmentService service;

    AssessmentApiController(AssessmentService service) {
        this.service = service;
    }

    /**
     * The body that starts an assessment.
     *
     * @param family QUICK, DETAILED or ABANDONED
     */
    record StartRequest(String family) {
    }

    @PostMapping("/api/v1/facilities/{id}/assessments")
    @Operation(summary = "Start an assessment of a facility",
            description = "Body {\"family\": \"QUICK\" | \"DETAILED\" | \"ABANDONED\"}; uses the current checklist template. "
                    + "Inspectors, authorities and administrators may assess any facility they can read, an operator "
                    + "its own ones.")
    ResponseEntity<Assessment> start(@PathVariable long id, @RequestBody StartRequest request) {
        Assessment assessment = service.start(id, request.family());
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

    @PostMapping("/api/v1/assessments/{id}/submit")
    @Operation(summary = "Submit an assessment: its result is computed and kept; no more answers afterwards")
    AssessmentResult submit(@PathVariable long id) {
        return service.submit(id);
    }

    @GetMapping("/api/v1/assessments/{id}/result")
    @Operation(summary = "The result: overall and per-category safety levels, deficits and proposed measures by term",
            description = "The kept result of a submitted assessment; for a draft, computed from the answers so far.")
    AssessmentResult result(@PathVariable long id) {
        return service.result(id);
    }
}
