package org.tmfsafety.server.facility;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.audit.HistoryEntry;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.PageResult;
import org.tmfsafety.server.transboundary.TransboundaryService;

/** JSON API of the facility registry. Errors are RFC 9457 problem details in the client's language. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facilities", description = "The national registry of tailings management facilities")
class FacilityApiController {

    private final FacilityRepository facilities;

    private final FacilityService service;

    private final Countries countries;

    private final IndexClasses classes;

    private final FacilityPermissions permissions;

    private final FacilityRatings ratings;

    private final TransboundaryService transboundary;

    FacilityApiController(FacilityRepository facilities, FacilityService service, Countries countries,
            IndexClasses classes, FacilityPermissions permissions, FacilityRatings ratings,
            TransboundaryService transboundary) {
        this.facilities = facilities;
        this.service = service;
        this.countries = countries;
        this.classes = classes;
        this.permissions = permissions;
        this.ratings = ratings;
        this.transboundary = transboundary;
    }

    @GetMapping
    @Operation(summary = "Search, filter, sort and page the facilities the caller may see",
            description = "q matches code, names, site and operator; sort is field or field,asc|desc with field one of "
                    + "code, name, country, region, status, operator, storedVolumeM3, damHeightM, yearCommissioned, "
                    + "updatedAt; page is zero-based; size is 1 to 200.")
    PageResult<Facility> list(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        PageResult<Facility> page = facilities.search(search, permissions.scope(), locale);
        return new PageResult<>(page.items().stream().map(permissions::visible).toList(), page.total(), page.page(),
                page.size());
    }

    @GetMapping("/archived")
    @Operation(summary = "Search, filter, sort and page the archived facilities (authorities and administrators)",
            description = "Parameters as for the list. Archived facilities are kept with their assessments, programme "
                    + "and history but appear in no other list, the map, the ratings or the exports.")
    PageResult<Facility> archived(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        permissions.requireSeeArchived();
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        return facilities.searchArchived(search, locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one facility", description = "The public sees published facilities without internal notes; "
            + "an archived facility (archivedAt set) is seen by authorities and administrators only.")
    Facility get(@PathVariable long id) {
        return permissions.visible(readable(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The history of changes of a facility: who changed which fields when, oldest first")
    List<HistoryEntry> history(@PathVariable long id) {
        Facility facility = readable(id);
        if (!permissions.seesInternalFields(facility)) {
            throw new FacilityNotFoundException(id);
        }
        return service.history(id);
    }

    @GetMapping("/{id}/ratings")
    @Operation(summary = "The facility's THI and TRI with profile id and version and the derivation trail",
            description = "Empty when the facility cannot be rated (the profile requires the stored volume).")
    List<FacilityRatings.StoredRating> ratings(@PathVariable long id) {
        readable(id);
        return ratings.ratings(id);
    }

    @GetMapping(value = "/{id}/transboundary", produces = "application/json")
    @Operation(summary = "The facility's transboundary screening",
            description = "Country and nearest land border, the river within the snap distance and the way down it "
                    + "(countries passed, first border crossing and the distance along the river to it, lakes, path "
                    + "as GeoJSON), and the location rule with its parameters and verdict. Recomputed when the "
                    + "facility moves or the river network changes.")
    ResponseEntity<String> transboundary(@PathVariable long id) {
        Facility facility = readable(id);
        String stored = transboundary.storedJson(id).orElseGet(() -> {
            transboundary.recompute(id, facility.latitude(), facility.longitude());
            return transboundary.storedJson(id).orElseThrow();
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(stored);
    }

    private Facility readable(long id) {
        return facilities.findById(id)
            .filter(permissions::canRead)
            .orElseThrow(() -> new FacilityNotFoundException(id));
    }

    @PostMapping
    @Operation(summary = "Create a facility", description = "code is generated from the country when omitted. "
            + "authorityId must name an organisation of the authority kind, and only authorities and administrators "
            + "may set it.")
    ResponseEntity<Facility> create(@RequestBody FacilityInput input) {
        Facility created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/facilities/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a facility",
            description = "Requires the version that was read; a stale version is refused with 409 and nothing changes. "
                    + "Only authorities and administrators may change authorityId; others send the stored value back.")
    Facility update(@PathVariable long id, @RequestBody FacilityInput input) {
        return service.update(id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a facility, or archive it when assessments, programme measures or working-group "
            + "records refer to it",
            description = "204 when deleted. A facility with such records is archived instead: the answer is 200 with "
                    + "the archived facility (archivedAt, archivedBy). An archived facility is hidden from every list, "
                    + "kept with its records and history, and restored with POST /api/v1/facilities/{id}/restore; "
                    + "deleting it again is refused with 409.")
    ResponseEntity<Facility> delete(@PathVariable long id,
            @Parameter(description = "when given, the facility is deleted only if it still has this version")
            @RequestParam(required = false) Integer version) {
        if (service.delete(id, version) == FacilityService.Removal.ARCHIVED) {
            return ResponseEntity.ok(facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id)));
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore an archived facility (administrators)",
            description = "The facility is listed and can be changed again; 409 when it is not archived.")
    Facility restore(@PathVariable long id,
            @Parameter(description = "when given, the facility is restored only if it still has this version")
            @RequestParam(required = false) Integer version) {
        return service.restore(id, version);
    }

}
