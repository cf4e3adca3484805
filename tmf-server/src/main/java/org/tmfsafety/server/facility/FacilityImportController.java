package org.tmfsafety.server.facility;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tmfsafety.server.system.ImportRejection;
import org.tmfsafety.server.system.InvalidInputException;

/** Imports of facilities from CSV or XLSX through the API. */
@RestController
@Tag(name = "Imports", description = "Facility imports from CSV and XLSX")
class FacilityImportController {

    private final FacilityImport imports;

    private final FacilityPermissions permissions;

    private final MessageSource messages;

    private final JsonMapper json;

    FacilityImportController(FacilityImport imports, FacilityPermissions permissions, MessageSource messages,
            JsonMapper json) {
        this.imports = imports;
        this.permissions = permissions;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping(value = "/api/v1/imports/facilities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import facilities from CSV (UTF-8, comma or semicolon) or XLSX",
            description = "Multipart field file. Headers as in the export (English, Russian or Kazakh) or the field names; "
                    + "rows with an existing code update that facility, others create one. Global Tailings Portal field "
                    + "names are recognised; mapping (JSON object file header -> field) maps other headers. "
                    + "dryRun=true only checks. "
                    + "200 {created, updated, warnings, columns [{header, field}], preview (first rows)}; 422 "
                    + "problem+json with errors [{row, column, message}], columns, and nothing written.")
    ResponseEntity<?> importFacilities(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String mapping,
            Locale locale, HttpServletRequest request) throws IOException {
        permissions.requireCreate();
        Map<String, String> columns = Map.of();
        if (mapping != null && !mapping.isBlank()) {
            try {
                columns = json.readValue(mapping, new TypeReference<Map<String, String>>() {
                });
            }
            catch (JacksonException ex) {
                Errors errors = new MapBindingResult(new HashMap<>(), "import");
                errors.rejectValue("mapping", "import.mapping.invalid");
                throw new InvalidInputException(errors);
            }
        }
        try {
            return ResponseEntity.ok(imports.run(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), columns, dryRun, locale));
        }
        catch (FacilityImport.RejectedException ex) {
            return ImportRejection.response(ex.errors(), Map.of("columns", ex.columns()), messages, locale, request);
        }
    }
}
