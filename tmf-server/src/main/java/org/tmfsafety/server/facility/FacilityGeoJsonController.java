package org.tmfsafety.server.facility;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.system.Hashes;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.transboundary.TransboundaryResponse;
import org.tmfsafety.server.transboundary.TravelTimes;

/**
 * The facilities the caller may see as an RFC 7946 GeoJSON FeatureCollection for the map and for GIS
 * tools: compact (coordinates rounded to 5 decimals, about 1 m; no null properties), same filters as the
 * list, compressed by the server.
 */
@RestController
@Tag(name = "Facilities")
class FacilityGeoJsonController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    /** Layers may be kept by the browser but are revalidated (ETag) before each use. */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final Countries countries;

    private final IndexClasses classes;

    private final DownstreamPaths paths;

    private final TravelTimes travelTimes;

    FacilityGeoJsonController(FacilityRepository facilities, FacilityPermissions permissions, Countries countries,
            IndexClasses classes, DownstreamPaths paths, TravelTimes travelTimes) {
        this.travelTimes = travelTimes;
        this.facilities = facilities;
        this.permissions = permissions;
        this.countries = countries;
        this.classes = classes;
        this.paths = paths;
    }

    @GetMapping("/api/v1/facilities.geojson")
    @Operation(summary = "Facilities as GeoJSON points (properties id, code, name, status, thi, tri, hazardClass, riskClass, "
            + "transboundary, country, published)",
            description = "Filters as for the facility list (q, country, region, status, hazardClass); no paging. Names "
                    + "in the language of Accept-Language.")
    ResponseEntity<Map<String, Object>> geoJson(@Valid @ModelAttribute FacilitySearch search, BindingResult binding,
            Locale locale, WebRequest request) {
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        String etag = etag("facilities", search, locale);
        if (request.checkNotModified(etag)) {
            return null;
        }
        List<Map<String, Object>> features = new ArrayList<>();
        for (FacilityRepository.MapFeature facility : facilities.features(search, permissions.scope(), locale)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", facility.id());
            properties.put("code", facility.code());
            properties.put("name", facility.name());
            properties.put("status", facility.status());
            putIfPresent(properties, "thi", round(facility.thi(), 100));
            putIfPresent(properties, "hazardClass", facility.hazardClass());
            putIfPresent(properties, "tri", round(facility.tri(), 100));
            putIfPresent(properties, "riskClass", facility.riskClass());
            putIfPresent(properties, "transboundary", facility.transboundary());
            properties.put("country", facility.country());
            properties.put("published", facility.published());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", Map.of("type", "Point", "coordinates",
                    List.of(round(facility.longitude(), 100_000), round(facility.latitude(), 100_000))));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return ResponseEntity.ok().contentType(GEO_JSON).eTag(etag).cacheControl(REVALIDATE).body(collection);
    }

    @GetMapping("/api/v1/facilities/downstream-paths.geojson")
    @Operation(summary = "Downstream paths of the facilities as GeoJSON",
            description = "For each facility the caller may see (filters as for the list), the river path from its snap "
                    + "point to the outlet (LineString, properties id, code, name, crossesBorder, firstForeignCountry, "
                    + "alongRiverKmToBorder, travelHoursShortest, travelHoursLongest, potentialEffect, verdict, countries (the countries "
                    + "passed, in flow order); route and routeKm when "
                    + "the path starts with a recorded drainage route, DRAWN or the approximate RECEIVING_WATER connector) and, "
                    + "where the river leaves the country, the crossing "
                    + "(Point, property kind = crossing).")
    ResponseEntity<Map<String, Object>> downstreamPaths(@Valid @ModelAttribute FacilitySearch search,
            BindingResult binding, Locale locale, WebRequest request) {
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        String etag = etag("paths", search, locale);
        if (request.checkNotModified(etag)) {
            return null;
        }
        List<Map<String, Object>> features = new ArrayList<>();
        for (DownstreamPaths.Path path : paths.visible(search, locale)) {
            TransboundaryResponse.DownstreamJson downstream = path.downstream();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", path.facility().id());
            properties.put("code", path.facility().code());
            properties.put("name", path.facility().name());
            properties.put("crossesBorder", downstream.crossesBorder());
            putIfPresent(properties, "firstForeignCountry", downstream.firstForeignCountry());
            if (downstream.firstForeignCountry() != null) {
                properties.put("firstForeignCountryName", countries.name(downstream.firstForeignCountry(), locale));
            }
            putIfPresent(properties, "alongRiverKmToBorder", downstream.alongRiverKmToBorder());
            travelTimes.along(downstream.alongRiverKmToBorder()).ifPresent(time -> {
                properties.put("travelHoursShortest", round(time.shortestHours(), 10));
                properties.put("travelHoursLongest", round(time.longestHours(), 10));
            });
            properties.put("potentialEffect", path.potentialEffect());
            properties.put("verdict", path.verdict());
            properties.put("countries", downstream.countries());
            if (downstream.route() != null) {
                properties.put("route", downstream.route().kind().name());
                properties.put("routeKm", downstream.route().lengthKm());
            }
            features.add(feature(downstream.path(), properties));
            if (downstream.crossing() != null) {
                Map<String, Object> crossing = new LinkedHashMap<>(properties);
                crossing.put("kind", "crossing");
                features.add(feature(Map.of("type", "Point", "coordinates", List.of(downstream.crossing().longitude(),
                        downstream.crossing().latitude())), crossing));
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return ResponseEntity.ok().contentType(GEO_JSON).eTag(etag).cacheControl(REVALIDATE).body(collection);
    }

    /**
     * The entity tag of a layer: what the caller may see (scope), the filters, the language and the registry's data
     * version, so that the map revalidates a layer of 30,000 facilities with one cheap query instead of receiving it
     * again.
     */
    private String etag(String layer, FacilitySearch search, Locale locale) {
        FacilityPermissions.FacilityScope scope = permissions.scope();
        return "\"" + Hashes.sha256Hex((layer + "|" + scope.all() + "|" + scope.organisationIds() + "|"
                + search.pageQuery(0) + "|" + locale.getLanguage() + "|" + facilities.dataVersion())
            .getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
    }

    private static Map<String, Object> feature(Object geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static Double round(Double value, int factor) {
        return value == null ? null : Math.round(value * factor) / (double) factor;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

}
