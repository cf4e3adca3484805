package org.tmfsafety.server.incident;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The points of contact notifications go to; the rules are those of {@link IncidentPermissions}. */
@RestController
@Tag(name = "Incidents")
class PointOfContactApiController {

    private final PointsOfContact contacts;

    PointOfContactApiController(PointsOfContact contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/points-of-contact")
    @Operation(summary = "The points of contact per country and joint body (authorities, administrators, inspectors)")
    List<PointOfContact> list() {
        return contacts.all();
    }

    @GetMapping("/api/v1/points-of-contact/{id}")
    @Operation(summary = "One point of contact")
    PointOfContact get(@PathVariable long id) {
        return contacts.get(id);
    }

    @PostMapping("/api/v1/points-of-contact")
    @Operation(summary = "Add a point of contact (authorities, administrators)",
            description = "Body {kind COUNTRY or JOINT_BODY, name, countries (ISO codes or names; one for a country), "
                    + "email, phone, comment}.")
    ResponseEntity<PointOfContact> create(@RequestBody PointOfContactInput input) {
        PointOfContact created = contacts.create(input);
        return ResponseEntity.created(URI.create("/api/v1/points-of-contact/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/points-of-contact/{id}")
    @Operation(summary = "Change a point of contact on the version the caller saw (authorities, administrators)")
    PointOfContact update(@PathVariable long id, @RequestBody PointOfContactInput input) {
        return contacts.update(id, input);
    }

    @DeleteMapping("/api/v1/points-of-contact/{id}")
    @Operation(summary = "Delete a point of contact (authorities, administrators); sent reports keep their copy")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        contacts.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
