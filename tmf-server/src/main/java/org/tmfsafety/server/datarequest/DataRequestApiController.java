package org.tmfsafety.server.datarequest;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Data request campaigns as JSON; the rules are those of {@link DataRequestPermissions}. */
@RestController
@Tag(name = "Data requests")
class DataRequestApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DataRequestService service;

    private final DataRequestResponses responses;

    DataRequestApiController(DataRequestService service, DataRequestResponses responses) {
        this.service = service;
        this.responses = responses;
    }

    @PostMapping("/api/v1/data-requests")
    @Operation(summary = "Open a data request (authorities, administrators)",
            description = "Body {title, message, dueDate, fields, selection {facilityIds, operatorId, country, region, "
                    + "maxCompleteness, notRateable}}. Without fields, each facility is asked for the inputs that could "
                    + "change one of its classes (its size facts when it cannot be rated); a field whose value is "
                    + "known is not asked. Notifies the operators asked. 201 with the request; 400 when nothing "
                    + "is to be asked.")
    ResponseEntity<DataRequestResponses.RequestResponse> open(@RequestBody Opening opening, Locale locale) {
        long id = service.open(opening);
        return ResponseEntity.created(URI.create("/api/v1/data-requests/" + id))
            .body(responses.of(service.view(id), locale));
    }

    @GetMapping("/api/v1/data-requests")
    @Operation(summary = "The data requests the caller may read, newest first, with their progress")
    List<DataRequestResponses.SummaryResponse> list() {
        return service.list().stream().map(responses::of).toList();
    }

    @GetMapping("/api/v1/data-requests/{id}")
    @Operation(summary = "One data request: progress per operator and the items the caller may see",
            description = "Values are in exchange form: plain numbers, enum constants, true/false.")
    DataRequestResponses.RequestResponse get(@PathVariable long id, Locale locale) {
        return responses.of(service.view(id), locale);
    }

    /** The answers of one submission. */
    record AnswersBody(List<Answer> answers) {
    }

    @PutMapping("/api/v1/data-requests/{id}/answers")
    @Operation(summary = "Answer items (operators of the organisation asked)",
            description = "Body {answers: [{itemId, version, value, source}]}: value as in the exchange form or as "
                    + "typed (decimal comma, an option's English, Russian or Kazakh label); a source per value. All "
                    + "or nothing: 400 names each wrong answer, 409 when an item changed meanwhile.")
    DataRequestResponses.RequestResponse answer(@PathVariable long id, @RequestBody AnswersBody body, Locale locale) {
        return responses.of(service.answer(id, body == null || body.answers() == null ? List.of() : body.answers()),
                locale);
    }

    @GetMapping("/api/v1/data-requests/{id}/workbook")
    @Operation(summary = "The caller's items as an XLSX workbook to fill offline, in the caller's language")
    void workbook(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        service.view(id);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("data-request-" + id + ".xlsx").build().toString());
        service.workbook(id, locale, response.getOutputStream());
    }

    @PostMapping("/api/v1/data-requests/{id}/workbook")
    @Operation(summary = "Answer items with a filled workbook (multipart field file), as PUT answers does")
    DataRequestResponses.RequestResponse uploadWorkbook(@PathVariable long id,
            @RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
        return responses.of(service.answerWorkbook(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes()), locale);
    }

    /** A decision on one item, on the version the authority saw. */
    record DecisionBody(Integer version, String reason) {
    }

    @PostMapping("/api/v1/data-requests/{id}/items/{itemId}/accept")
    @Operation(summary = "Accept an answer into the registry (authorities, administrators)",
            description = "Body {version}. The facility is changed with the audit trail and re-rated at once; 409 "
                    + "when the field was changed in the registry since the answer was given.")
    DataRequestResponses.RequestResponse accept(@PathVariable long id, @PathVariable long itemId,
            @RequestBody DecisionBody body, Locale locale) {
        return responses.of(service.accept(id, Map.of(itemId, body == null || body.version() == null ? -1
                : body.version())), locale);
    }

    @PostMapping("/api/v1/data-requests/{id}/items/{itemId}/return")
    @Operation(summary = "Return an answer to the operator with a reason (authorities, administrators)",
            description = "Body {version, reason}.")
    DataRequestResponses.RequestResponse returnItem(@PathVariable long id, @PathVariable long itemId,
            @RequestBody DecisionBody body, Locale locale) {
        return responses.of(service.returnItem(id, itemId, body == null || body.version() == null ? -1
                : body.version(), body == null ? null : body.reason()), locale);
    }

    @PostMapping("/api/v1/data-requests/{id}/facilities/{facilityId}/accept")
    @Operation(summary = "Accept every answered item of one facility (authorities, administrators)")
    DataRequestResponses.RequestResponse acceptFacility(@PathVariable long id, @PathVariable long facilityId,
            Locale locale) {
        return responses.of(service.acceptFacility(id, facilityId), locale);
    }

    @PostMapping("/api/v1/data-requests/{id}/close")
    @Operation(summary = "Close a data request: no more answers (authorities, administrators)",
            description = "Body {version}.")
    DataRequestResponses.RequestResponse close(@PathVariable long id, @RequestBody DecisionBody body, Locale locale) {
        return responses.of(service.close(id, body == null || body.version() == null ? -1 : body.version()), locale);
    }
}
