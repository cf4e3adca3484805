package org.tmfsafety.server.facility;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * The facilities the caller may see, with the list's filters, as CSV, XLSX and GeoJSON: every registry field (so
 * that the file imports back) and the computed ratings and transboundary screening.
 */
@RestController
@Tag(name = "Facilities")
class FacilityExportController {

    private static final String CSV = "text/csv;charset=UTF-8";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The most facilities one export holds. */
    static final int EXPORT_LIMIT = 100_000;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final Countries countries;

    private final IndexClasses classes;

    private final FacilityExports exports;

    FacilityExportController(FacilityRepository facilities, FacilityPermissions permissions, Countries countries,
            IndexClasses classes, FacilityExports exports) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.countries = countries;
        this.classes = classes;
        this.exports = exports;
    }

    @GetMapping("/api/v1/facilities/export.csv")
    @Operation(summary = "Facilities as CSV (UTF-8 with BOM), filters as for the list, headers in the caller's language")
    void csv(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        List<Facility> selected = select(search, binding, locale);
        download(response, CSV, "facilities.csv");
        exports.csv(selected, locale, response.getOutputStream());
    }

    @GetMapping("/api/v1/facilities/export.xlsx")
    @Operation(summary = "Facilities as XLSX, filters as for the list, headers in the caller's language")
    void xlsx(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        List<Facility> selected = select(search, binding, locale);
        download(response, XLSX, "facilities.xlsx");
        exports.xlsx(selected, locale, response.getOutputStream());
    }

    @GetMapping("/api/v1/facilities/export.geojson")
    @Operation(summary = "Facilities as GeoJSON points with every field as a property, filters as for the list")
    ResponseEntity<Map<String, Object>> geoJson(@Valid @ModelAttribute FacilitySearch search, BindingResult binding,
            Locale locale) {
        List<Facility> selected = select(search, binding, locale);
        return ResponseEntity.ok()
            .contentType(FacilityGeoJsonController.GEO_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment("facilities.geojson"))
            .body(exports.geoJson(selected));
    }

    @GetMapping("/api/v1/facilities/export.gpkg")
    @Operation(summary = "Facilities as a GeoPackage point layer (WGS84) with every field as a column, filters as for the list")
    ResponseEntity<byte[]> geoPackage(@Valid @ModelAttribute FacilitySearch search, BindingResult binding,
            Locale locale) {
        List<Facility> selected = select(search, binding, locale);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/geopackage+sqlite3"))
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment("facilities.gpkg"))
            .body(exports.geoPackage(selected));
    }

    @GetMapping("/api/v1/facilities/export.kml")
    @Operation(summary = "Facilities as KML placemarks with every field as ExtendedData, filters as for the list")
    ResponseEntity<byte[]> kml(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        List<Facility> selected = select(search, binding, locale);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/vnd.google-earth.kml+xml"))
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment("facilities.kml"))
            .body(exports.kml(selected));
    }

    @GetMapping("/imports/facilities/template.csv")
    @Operation(summary = "Empty facility import template as CSV, headers in the language of lang or Accept-Language")
    void templateCsv(Locale locale, HttpServletResponse response) throws IOException {
        download(response, CSV, "facilities-template.csv");
        exports.templateCsv(locale, response.getOutputStream());
    }

    @GetMapping("/imports/facilities/template.xlsx")
    @Operation(summary = "Empty facility import template as XLSX with a sheet explaining every column")
    void templateXlsx(Locale locale, HttpServletResponse response) throws IOException {
        download(response, XLSX, "facilities-template.xlsx");
        exports.templateXlsx(locale, response.getOutputStream());
    }

    private List<Facility> select(FacilitySearch search, BindingResult binding, Locale locale) {
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        search.setPage(0);
        search.setSize(EXPORT_LIMIT);
        return facilities.search(search, permissions.scope(), locale).items().stream().map(permissions::visible).toList();
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
