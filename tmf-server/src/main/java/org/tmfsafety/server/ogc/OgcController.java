package org.tmfsafety.server.ogc;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OGC API – Features Part 1 Core, JSON and GeoJSON encoding (the default; {@code f=html} selects
 * {@link OgcHtmlController}).
 */
@RestController
@Tag(name = "OGC API - Features")
class OgcController {

    private final OgcDocuments documents;

    OgcController(OgcDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/ogc", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OGC API landing page (f=html for HTML)")
    Map<String, Object> landing(Locale locale) {
        return documents.landing(locale);
    }

    @GetMapping("/ogc/api")
    @Operation(summary = "The API definition (OpenAPI 3.0), served at /v3/api-docs")
    ResponseEntity<Void> api() {
        return ResponseEntity.status(HttpStatus.FOUND).location(documents.api()).build();
    }

    @GetMapping(value = "/ogc/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OGC API conformance classes")
    Map<String, Object> conformance() {
        return documents.conformance();
    }

    @GetMapping(value = "/ogc/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OGC API collections")
    Map<String, Object> collections(Locale locale) {
        return documents.collections(locale);
    }

    @GetMapping(value = "/ogc/collections/{collectionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One OGC API collection")
    Map<String, Object> collection(@PathVariable String collectionId, Locale locale) {
        return documents.collection(collectionId, locale);
    }

    @GetMapping(value = "/ogc/collections/{collectionId}/items")
    @Operation(summary = "Features of a collection",
            description = "bbox=minLon,minLat,maxLon,maxLat (WGS84); limit 1-10000 (default 100); offset; property filters "
                    + "country (ISO3), status and hazardClass (facilities, downstream-paths); datetime (accidents: a "
                    + "date or an interval such as 2000-01-01/2010-12-31, ../2010-12-31).")
    ResponseEntity<Map<String, Object>> items(@PathVariable String collectionId,
            @RequestParam(required = false) String bbox, @RequestParam(required = false) Integer limit,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(required = false) String country,
            @RequestParam(required = false) String status, @RequestParam(required = false) String hazardClass,
            @RequestParam(required = false) String datetime, HttpServletRequest request, Locale locale) {
        return ResponseEntity.ok().contentType(OgcDocuments.GEO_JSON).body(documents.items(collectionId, bbox, limit,
                offset, country, status, hazardClass, datetime, request, locale));
    }

    @GetMapping(value = "/ogc/collections/{collectionId}/items/{featureId}")
    @Operation(summary = "One feature")
    ResponseEntity<Map<String, Object>> item(@PathVariable String collectionId, @PathVariable String featureId,
            Locale locale) {
        return ResponseEntity.ok().contentType(OgcDocuments.GEO_JSON).body(documents.item(collectionId, featureId,
                locale));
    }
}
