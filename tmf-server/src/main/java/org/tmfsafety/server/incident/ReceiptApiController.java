package org.tmfsafety.server.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acknowledgement of receipt by a machine, such as the registry of the country notified: the same as the
 * recipient's page, with the token of the link.
 */
@RestController
@Tag(name = "Incidents")
class ReceiptApiController {

    private final IncidentService service;

    ReceiptApiController(IncidentService service) {
        this.service = service;
    }

    /** The acknowledgement as answered: who and when, never the report's other recipients. */
    record Acknowledged(String name, java.time.OffsetDateTime acknowledgedAt, String acknowledgedBy) {
    }

    @PostMapping("/api/v1/incident-receipts/{token}")
    @Operation(summary = "Acknowledge receipt of a report with the token of its link (no account needed)",
            description = "Form fields acknowledgedBy (required) and note. 404 for an unknown token, 409 when the "
                    + "receipt is acknowledged already.")
    Acknowledged acknowledge(@PathVariable String token, @RequestParam(required = false) String acknowledgedBy,
            @RequestParam(required = false) String note) {
        IssuedReport.Recipient recipient = service.acknowledgeByLink(token, acknowledgedBy, note);
        return new Acknowledged(recipient.name(), recipient.acknowledgedAt(), recipient.acknowledgedBy());
    }
}
