package org.tmfsafety.server.accident;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tmfsafety.server.system.ImportRejection;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.PageResult;

/** The accident database for integrations: list with filters, one accident with its lessons, the CSP2 import. */
@RestController
@Tag(name = "Accidents")
class AccidentApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final AccidentRepository accidents;

    private final Csp2Import csp2;

    private final AccidentPermissions permissions;

    private final MessageSource messages;

    AccidentApiController(AccidentRepository accidents, Csp2Import csp2, AccidentPermissions permissions,
            MessageSource messages) {
        this.accidents = accidents;
        this.csp2 = csp2;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** An accident with its lessons. */
    record AccidentDetails(Accident accident, List<Lesson> lessons) {
    }

    @GetMapping("/api/v1/accidents")
    @Operation(summary = "Tailings dam failures, most recent first",
            description = "Filters q (facility, place, commodity, rivers), country (ISO3), decade (e.g. 1990), cause, "
                    + "damRaiseMethod, severity (1 very serious to 4 incident), transboundary; page (zero-based), "
                    + "size 1 to 500.")
    PageResult<Accident> list(@Valid @ModelAttribute AccidentSearch search, BindingResult binding) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        return accidents.find(search);
    }

    @GetMapping("/api/v1/accidents/{id}")
    @Operation(summary = "One accident with its lessons and their checklist questions")
    AccidentDetails get(@PathVariable long id) {
        Accident accident = accidents.findById(id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.accident", id));
        return new AccidentDetails(accident, accidents.lessons(id));
    }

    @GetMapping("/api/v1/accidents.geojson")
    @Operation(summary = "Accidents with known coordinates as GeoJSON points (same filters as the list)")
    ResponseEntity<Map<String, Object>> geoJson(@Valid @ModelAttribute AccidentSearch search, BindingResult binding,
            Locale locale) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        List<Map<String, Object>> features = accidents.findAll(search).stream()
            .filter(a -> a.latitude() != null)
            .map(a -> AccidentFeatures.feature(a, messages, locale))
            .toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
    }

    @PostMapping(value = "/api/v1/imports/accidents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the CSP2 list of tailings dam failures (CSV)",
            description = "Multipart field file in the layout of the CSP2 list \"TSF failures from 1915\". Rows are "
                    + "upserted by year, date and location. dryRun=true only checks. 200 {events, created, updated, "
                    + "warnings [{row, column, message}]}; 422 problem+json with errors [{row, column, message}] and "
                    + "nothing written.")
    ResponseEntity<?> importCsp2(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Locale locale, HttpServletRequest request)
            throws IOException {
        permissions.requireImport();
        try {
            return ResponseEntity.ok(csp2.run(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), dryRun, locale));
        }
        catch (Csp2Import.RejectedException ex) {
            return ImportRejection.response(ex.errors(), Map.of(), messages, locale, request);
        }
    }
}
