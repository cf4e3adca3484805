package org.tmfsafety.server.facility;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

/** Import profiles through the API. */
@RestController
@Tag(name = "Imports", description = "Facility imports from CSV and XLSX")
class ImportProfileApiController {

    private final ImportProfileService profiles;

    ImportProfileApiController(ImportProfileService profiles) {
        this.profiles = profiles;
    }

    /**
     * A profile as sent: its name, the assignment (the import's mapping document) and, to change one, the version
     * read.
     */
    record ProfileRequest(String name, Mapping mapping, Integer version) {
    }

    /** The assignment: as the import's {@code mapping} document. */
    record Mapping(Map<String, String> columns, Map<String, Map<String, String>> values, Map<String, String> defaults,
            String crs) {

        ImportMapping toMapping() {
            return new ImportMapping(columns, values, defaults, crs);
        }
    }

    @GetMapping("/api/v1/import-profiles")
    @Operation(summary = "The saved import profiles", description = "For accounts that may import facilities.")
    List<ImportProfile> list() {
        return profiles.list();
    }

    @GetMapping("/api/v1/import-profiles/{id}")
    @Operation(summary = "One import profile")
    ImportProfile get(@PathVariable long id) {
        return profiles.find(id);
    }

    @PostMapping("/api/v1/import-profiles")
    @Operation(summary = "Save an import profile (authorities and administrators)",
            description = "Body {name, mapping: {columns, values, defaults, crs}}, as the import's mapping document. "
                    + "Use it with POST /api/v1/imports/facilities?profile={id}.")
    ResponseEntity<ImportProfile> create(@RequestBody ProfileRequest request) {
        ImportProfile created = profiles.create(request.name(),
                request.mapping() == null ? null : request.mapping().toMapping());
        return ResponseEntity.created(URI.create("/api/v1/import-profiles/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/import-profiles/{id}")
    @Operation(summary = "Change an import profile (authorities and administrators)",
            description = "Body {name, mapping, version}; 409 when it was changed since the version read.")
    ImportProfile update(@PathVariable long id, @RequestBody ProfileRequest request) {
        return profiles.update(id, request.version(), request.name(),
                request.mapping() == null ? null : request.mapping().toMapping());
    }

    @DeleteMapping("/api/v1/import-profiles/{id}")
    @Operation(summary = "Delete an import profile (authorities and administrators)",
            description = "version is the version read; 409 when it was changed since.")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        profiles.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
