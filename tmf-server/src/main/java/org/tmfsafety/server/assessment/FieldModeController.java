package org.tmfsafety.server.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.tmfsafety.server.system.Formats;

/**
 * What the questionnaire's offline field mode talks to: the service worker that keeps an opened questionnaire on the
 * device, and the JSON endpoints through which its page sends the answers and photos kept on the device once the
 * network is there. Failures answer as problem details (400 naming the question, 404, 409 for a submitted
 * assessment), which the page shows while keeping what it could not send.
 */
@Controller
class FieldModeController {

    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final AssessmentService service;

    private final AttachmentService attachments;

    private final MessageSource messages;

    private final Formats formats;

    /** The service worker's script, read once. */
    private final byte[] worker;

    FieldModeController(AssessmentService service, AttachmentService attachments, MessageSource messages,
            Formats formats) throws IOException {
        this.service = service;
        this.attachments = attachments;
        this.messages = messages;
        this.formats = formats;
        try (InputStream in = new ClassPathResource("assessment/field-worker.js").getInputStream()) {
            this.worker = in.readAllBytes();
        }
    }

    /**
     * The service worker, served under /assessments/ so that its scope is the assessment pages; checked for a new
     * version on every visit.
     */
    @GetMapping("/assessments/field-worker.js")
    ResponseEntity<byte[]> worker() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(worker);
    }

    /** Answers kept on the device, each with the answer it last saw on the server; see {@link AssessmentService#sync}. */
    @PostMapping(value = "/assessments/{id}/answers/sync", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> sync(@PathVariable long id, @RequestBody List<DeviceAnswer> answers) {
        SyncResult result = service.sync(id, answers);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answered", result.answered());
        body.put("questions", result.questions());
        // taken after the commit: a page rendered later than this (renderedAt) shows what was saved
        body.put("savedAt", Instant.now().toEpochMilli());
        body.put("saved", result.saved());
        body.put("conflicts", result.conflicts().stream().map(conflict -> {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("questionId", conflict.questionId());
            server.put("answer", conflict.answer());
            server.put("evidence", conflict.evidence());
            server.put("comment", conflict.comment());
            server.put("changedBy", conflict.changedBy());
            server.put("changedAt", formats.dateTimeWithZone(conflict.changedAt()));
            return server;
        }).toList());
        return body;
    }

    /** A photo or document kept on the device; the same file sent twice for a question is kept once. */
    @PostMapping(value = "/assessments/{id}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> attach(@PathVariable long id, @RequestParam(required = false) String questionId,
            @RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
        Attachment attachment = attachments.attach(id, questionId, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", attachment.id());
        body.put("questionId", attachment.questionId());
        body.put("fileName", attachment.fileName());
        body.put("meta", messages.getMessage("assessment.attachment.meta",
                new Object[] { formats.number(attachment.sizeBytes() / 1024.0, 0), attachment.uploadedBy() }, locale));
        return body;
    }
}
