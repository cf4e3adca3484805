package org.tmfsafety.server.facility;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
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

    private final ImportProfileService profiles;

    FacilityImportController(FacilityImport imports, FacilityPermissions permissions, MessageSource messages,
            JsonMapper json, ImportProfileService profiles) {
        this.profiles = profiles;
        this.imports = imports;
        this.permissions = permissions;
        this.messages = messages;
        this.json = json;
    }

    /** The structured mapping document: columns, values of enumerated columns, one value for all rows. */
    record MappingDocument(Map<String, String> columns, Map<String, Map<String, String>> values,
            Map<String, String> defaults, String crs) {
    }

    @PostMapping(value = "/api/v1/imports/facilities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import facilities from CSV (UTF-8, comma or semicolon), XLSX, or a GeoPackage, KML/KMZ or GeoJSON point layer",
            description = "Multipart field file. Headers as in the export (English, Russian or Kazakh) or the field names; "
                    + "rows with an existing code update that facility, others create one. Global Tailings Portal field "
                    + "names are recognised. mapping is a JSON document {\"columns\": {file header: field or \"\" to "
                    + "skip}, \"values\": {field: {value as in the file: registry value, or \"\" for not known}}, "
                    + "\"defaults\": {field: value for every row of a field the file has no column for}, \"crs\": the "
                    + "coordinate system of the coordinates: WGS84 (latitude and longitude columns, the default), UTM:43N, "
                    + "UTM-ROW:N (zone per row), GK:13 (Pulkovo 1942 Gauss-Kruger zone), GK-PREFIX (zone from the "
                    + "easting's prefix) or EPSG:code, with easting, northing (and coordinateZone) columns}; a plain object "
                    + "{file header: field} is read as columns. Values of enumerated columns (status, type, raise method, "
                    + "country, yes/no, ...) are recognised from their names, EN/RU/KK labels and known synonyms; any other "
                    + "value must be assigned. dryRun=true only checks. "
                    + "200 {created, updated, warnings, columns [{header, field}], values [{header, field, values [{value, "
                    + "rows, firstRow, assigned, match}]}], preview (first rows)}; 422 problem+json with errors [{row, "
                    + "column, message}], columns, values, and nothing written.")
    ResponseEntity<?> importFacilities(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String mapping,
            @RequestParam(required = false) Long profile, Locale locale, HttpServletRequest request)
            throws IOException {
        permissions.requireCreate();
        ImportMapping assigned = mapping == null || mapping.isBlank()
                ? profile == null ? ImportMapping.NONE : profiles.find(profile).mapping()
                : mapping(mapping);
        try {
            return ResponseEntity.ok(imports.run(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), assigned, dryRun, locale));
        }
        catch (FacilityImport.RejectedException ex) {
            return ImportRejection.response(ex.errors(), Map.of("columns", ex.columns(), "values", ex.values()),
                    messages, locale, request);
        }
    }

    private ImportMapping mapping(String text) {
        try {
            JsonNode document = json.readTree(text);
            if (!document.isObject()) {
                throw invalidMapping();
            }
            boolean structured = document.properties().stream()
                .anyMatch(e -> List.of("columns", "values", "defaults").contains(e.getKey()) && e.getValue().isObject()
                    || "crs".equals(e.getKey()) && e.getValue().isString());
            if (!structured) {
                return ImportMapping.ofColumns(json.treeToValue(document, new TypeReference<Map<String, String>>() {
                }));
            }
            MappingDocument parsed = json.treeToValue(document, MappingDocument.class);
            return new ImportMapping(parsed.columns(), parsed.values(), parsed.defaults(), parsed.crs());
        }
        catch (JacksonException ex) {
            throw invalidMapping();
        }
    }

    private static InvalidInputException invalidMapping() {
        Errors errors = new MapBindingResult(new HashMap<>(), "import");
        errors.rejectValue("mapping", "import.mapping.invalid");
        return new InvalidInputException(errors);
    }
}
