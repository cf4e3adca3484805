package org.tmfsafety.server.organisation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for organisations (read-only until organisation administration arrives). */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Operators and authorities referenced by facilities")
class OrganisationApiController {

    private final OrganisationRepository organisations;

    OrganisationApiController(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List all organisations, ordered by name")
    List<Organisation> list() {
        return organisations.findAll();
    }

}
