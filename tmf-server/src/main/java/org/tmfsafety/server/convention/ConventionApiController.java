package org.tmfsafety.server.convention;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Convention reporting over the API; the rules are those of {@link ConventionPermissions}. */
@RestController
@Tag(name = "Conventions")
class ConventionApiController {

    private final ConventionService conventions;

    ConventionApiController(ConventionService conventions) {
        this.conventions = conventions;
    }

    @GetMapping("/api/v1/conventions")
    @Operation(summary = "The national list of hazardous activities capable of transboundary effects",
            description = "identified: Annex I thresholds reached and a potential transboundary effect; toSettle: "
                    + "neither test says no but one is unknown (toSettle names the data that would settle it); "
                    + "notListed: below the thresholds or no effect found; water: on a transboundary watercourse; "
                    + "minamata: mercury named in the registry. Signed-in accounts; an operator sees its own facilities.")
    ConventionService.National national() {
        return conventions.national();
    }

    @GetMapping("/api/v1/facilities/{id}/conventions")
    @Operation(summary = "The conventions that bear on a facility, each with its reason")
    FacilityConventions facility(@PathVariable long id) {
        return conventions.forFacility(id);
    }

    @PostMapping("/api/v1/facilities/{id}/annex1-quantities")
    @Operation(summary = "Record the quantity of an Annex I category or named substance at a facility",
            description = "Body {part PART_I (category) or PART_II (named substance), code, quantityTonnes, source}. "
                    + "A quantity already recorded for the same entry is replaced (the audit trail keeps it). "
                    + "Authorities, administrators, and the operator for its own facility.")
    ResponseEntity<Map<String, Long>> recordQuantity(@PathVariable long id, @RequestBody QuantityInput input) {
        long created = conventions.recordQuantity(id, input);
        return ResponseEntity.created(URI.create("/api/v1/facilities/" + id + "/conventions"))
            .body(Map.of("id", created));
    }

    @DeleteMapping("/api/v1/facilities/{id}/annex1-quantities/{quantityId}")
    @Operation(summary = "Remove a recorded Annex I quantity (the audit trail keeps it)")
    ResponseEntity<Void> deleteQuantity(@PathVariable long id, @PathVariable long quantityId) {
        conventions.deleteQuantity(id, quantityId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/facilities/{id}/hazardous-activity-notices")
    @Operation(summary = "Record that a country was informed of the facility's hazardous activity",
            description = "Body {country (ISO 3166-1 alpha-3), informedOn (date), reference}. Authorities and "
                    + "administrators.")
    ResponseEntity<Map<String, Long>> recordNotice(@PathVariable long id, @RequestBody NoticeInput input) {
        long created = conventions.recordNotice(id, input);
        return ResponseEntity.created(URI.create("/api/v1/facilities/" + id + "/conventions"))
            .body(Map.of("id", created));
    }

    @DeleteMapping("/api/v1/facilities/{id}/hazardous-activity-notices/{noticeId}")
    @Operation(summary = "Remove a notice recorded in error (the audit trail keeps it)")
    ResponseEntity<Void> deleteNotice(@PathVariable long id, @PathVariable long noticeId) {
        conventions.deleteNotice(id, noticeId);
        return ResponseEntity.noContent().build();
    }
}
