package org.tmfsafety.server.assessment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a download (never displayed inline), for the API and the pages alike. */
final class AttachmentResponses {

    private AttachmentResponses() {
    }

    static ResponseEntity<byte[]> download(AttachmentService.Download download) {
        Attachment attachment = download.attachment();
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(attachment.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
            .body(download.data());
    }
}
