package org.tmfsafety.server.facility;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.PageResult;

/** JSON API of the facility registry. Errors are RFC 9457 problem details in the client's language. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facilities", description = "The national registry of tailings management facilities")
class FacilityApiController {

    private final FacilityRepository facilities;

    private final FacilityService service;

    private final Countries countries;

    FacilityApiController(FacilityRepository facilities, FacilityService service, Countries countries) {
        this.facilities = facilities;
        this.service = service;
        this.countries = countries;
    }

    @GetMapping
    @Operation(summary = "Search, filter, sort and page facilities",
            description = "q matches code, names, site and operator; sort is field or field,asc|desc with field one of "
                    + "code, name, country, region, status, operator, storedVolumeM3, damHeightM, yearCommissioned, "
                    + "updatedAt; page is zero-based; size is 1 to 200.")
    PageResult<Facility> list(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        search.check(binding, countries);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        return facilities.search(search, locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one facility")
    Facility get(@PathVariable long id) {
        return facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
    }

    @PostMapping
    @Operation(summary = "Create a facility", description = "code is generated from the country when omitted.")
    ResponseEntity<Facility> create(@RequestBody FacilityInput input) {
        Facility created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/facilities/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a facility",
            description = "Requires the version that was read; a stale version is refused with 409 and nothing changes.")
    Facility update(@PathVariable long id, @RequestBody FacilityInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a facility")
    void delete(@PathVariable long id,
            @Parameter(description = "when given, the facility is deleted only if it still has this version")
            @RequestParam(required = false) Integer version) {
        service.delete(id, version);
    }

}
