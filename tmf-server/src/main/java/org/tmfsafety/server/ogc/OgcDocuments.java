package org.tmfsafety.server.ogc;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.server.accident.Accident;
import org.tmfsafety.server.accident.AccidentFeatures;
import org.tmfsafety.server.accident.AccidentRepository;
import org.tmfsafety.server.accident.AccidentSearch;
import org.tmfsafety.server.facility.DownstreamPaths;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.Enums;

/**
 * The documents of the OGC API – Features service, encoded as JSON by {@link OgcController} and as HTML by
 * {@link OgcHtmlController}. OGC API – Features Part 1 Core with GeoJSON: the facilities (with THI, TRI and their classes) as the collection
 * {@code facilities}, and their river paths to the outlet (with the first border crossing) as
 * {@code downstream-paths}. Items are filtered by bbox (WGS84 longitude/latitude) and the property filters country,
 * status and hazardClass, paged with limit (1–10,000, default 100) and offset, with next links.
 */
@Component
class OgcDocuments {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private static final String HTML = MediaType.TEXT_HTML_VALUE;

    static final String FACILITIES = "facilities";

    static final String PATHS = "downstream-paths";

    static final String ACCIDENTS = "accidents";

    private static final List<String> COLLECTIONS = List.of(FACILITIES, PATHS, ACCIDENTS);

    private static final int DEFAULT_LIMIT = 100;

    private static final int MAX_LIMIT = 10_000;

    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final MessageSource messages;

    private final DownstreamPaths paths;

    private final AccidentRepository accidents;

    OgcDocuments(FacilityRepository facilities, FacilityPermissions permissions, MessageSource messages,
            DownstreamPaths paths, AccidentRepository accidents) {
        this.accidents = accidents;
        this.facilities = facilities;
        this.permissions = permissions;
        this.messages = messages;
        this.paths = paths;
    }

    Map<String, Object> landing(Locale locale) {
        Map<String, Object> landing = new LinkedHashMap<>();
        landing.put("title", messages.getMessage("app.name", null, locale));
        landing.put("description", messages.getMessage("ogc.description", null, locale));
        landing.put("links", List.of(link(base() + "/ogc", "self", JSON),
                link(html(base() + "/ogc"), "alternate", HTML),
                link(base() + "/ogc/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0"),
                link(base() + "/ogc/conformance", "conformance", JSON),
                link(base() + "/ogc/collections", "data", JSON)));
        return landing;
    }

    URI api() {
        return URI.create(base() + "/v3/api-docs");
    }

    Map<String, Object> conformance() {
        return Map.of("conformsTo", CONFORMANCE, "links", List.of(link(base() + "/ogc/conformance", "self", JSON),
                link(html(base() + "/ogc/conformance"), "alternate", HTML)));
    }

    Map<String, Object> collections(Locale locale) {
        return Map.of("links", List.of(link(base() + "/ogc/collections", "self", JSON),
                link(html(base() + "/ogc/collections"), "alternate", HTML)),
                "collections", COLLECTIONS.stream().map(id -> describe(id, locale)).toList());
    }

    Map<String, Object> collection(String collectionId, Locale locale) {
        requireCollection(collectionId);
        return describe(collectionId, locale);
    }

    Map<String, Object> items(String collectionId, String bbox, Integer limit, int offset, String country,
            String status, String hazardClass, String datetime, HttpServletRequest request, Locale locale) {
        requireCollection(collectionId);
        Errors errors = new MapBindingResult(new HashMap<>(), "items");
        double[] box = bbox(bbox, errors);
        LocalDate[] interval = ACCIDENTS.equals(collectionId) ? interval(datetime, errors) : null;
        if (!ACCIDENTS.equals(collectionId) && datetime != null && !datetime.isBlank()) {
            errors.rejectValue("datetime", "ogc.datetime.notTemporal");
        }
        if (ACCIDENTS.equals(collectionId) && (status != null || hazardClass != null)) {
            errors.rejectValue(status != null ? "status" : "hazardClass", "ogc.filter.notInCollection");
        }
        int pageSize = limit == null ? DEFAULT_LIMIT : limit;
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            errors.rejectValue("limit", "ogc.limit", new Object[] { MAX_LIMIT }, null);
        }
        if (offset < 0) {
            errors.rejectValue("offset", "validation.notNegative");
        }
        FacilitySearch search = new FacilitySearch();
        search.setCountry(country);
        search.setHazardClass(hazardClass);
        search.setStatus(Enums.parse(FacilityStatus.class, status));
        if (status != null && !status.isBlank() && search.getStatus() == null) {
            errors.rejectValue("status", "validation.enum", new Object[] {
                    "ACTIVE, INACTIVE, TEMPORARILY_CLOSED, CLOSED, ABANDONED" }, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        List<Map<String, Object>> matched = switch (collectionId) {
            case FACILITIES -> facilities.features(search, permissions.scope(), locale).stream()
                .filter(f -> box == null || inside(box, f.longitude(), f.latitude()))
                .map(OgcDocuments::feature)
                .toList();
            case PATHS -> paths.visible(search, locale).stream()
                .filter(p -> box == null || p.downstream().path().coordinates().stream()
                    .anyMatch(c -> inside(box, c[0], c[1])))
                .map(OgcDocuments::feature)
                .toList();
            default -> {
                AccidentSearch accidentSearch = new AccidentSearch();
                accidentSearch.setCountry(country);
                yield accidents.findAll(accidentSearch).stream()
                    .filter(a -> a.latitude() != null && (box == null || inside(box, a.longitude(), a.latitude())))
                    .filter(a -> interval == null || overlaps(a, interval))
                    .map(a -> AccidentFeatures.feature(a, messages, locale))
                    .toList();
            }
        };
        List<Map<String, Object>> features = matched.stream().skip(offset).limit(pageSize).toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("timeStamp", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        collection.put("numberMatched", matched.size());
        collection.put("numberReturned", features.size());
        List<Map<String, Object>> links = new ArrayList<>();
        String self = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("f").build().toUriString();
        links.add(link(self, "self", GEO_JSON.toString()));
        links.add(link(html(self), "alternate", HTML));
        if (offset + features.size() < matched.size()) {
            links.add(link(ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("f")
                .replaceQueryParam("offset", offset + pageSize).replaceQueryParam("limit", pageSize).build()
                .toUriString(), "next", GEO_JSON.toString()));
        }
        links.add(link(base() + "/ogc/collections/" + collectionId, "collection", JSON));
        collection.put("links", links);
        collection.put("features", features);
        return collection;
    }

    Map<String, Object> item(String collectionId, String featureId, Locale locale) {
        requireCollection(collectionId);
        long id;
        try {
            id = Long.parseLong(featureId);
        }
        catch (NumberFormatException ex) {
            throw new NotFoundException("problem.notFound.facility", featureId);
        }
        Map<String, Object> feature = (switch (collectionId) {
            case FACILITIES -> facilities.findById(id).filter(permissions::canRead)
                .map(facility -> feature(FacilityRepository.MapFeature.of(facility, locale)));
            case PATHS -> paths.of(id, locale).map(OgcDocuments::feature);
            default -> accidents.findById(id).filter(a -> a.latitude() != null)
                .map(a -> new LinkedHashMap<>(AccidentFeatures.feature(a, messages, locale)));
        }).orElseThrow(() -> new NotFoundException("problem.notFound.feature", featureId));
        String self = base() + "/ogc/collections/" + collectionId + "/items/" + featureId;
        feature.put("links", List.of(link(self, "self", GEO_JSON.toString()), link(html(self), "alternate", HTML),
                link(base() + "/ogc/collections/" + collectionId, "collection", JSON)));
        return feature;
    }

    private Map<String, Object> describe(String id, Locale locale) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", id);
        collection.put("title", messages.getMessage(switch (id) {
            case FACILITIES -> "facility.list.title";
            case PATHS -> "map.layer.downstreamPaths";
            default -> "accident.list.title";
        }, null, locale));
        collection.put("description", messages.getMessage("ogc." + id + ".description", null, locale));
        collection.put("itemType", "feature");
        collection.put("crs", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
        collection.put("extent", Map.of("spatial", Map.of("bbox", List.of(List.of(-180, -90, 180, 90)),
                "crs", "http://www.opengis.net/def/crs/OGC/1.3/CRS84")));
        collection.put("links", List.of(
                link(base() + "/ogc/collections/" + id, "self", JSON),
                link(html(base() + "/ogc/collections/" + id), "alternate", HTML),
                link(base() + "/ogc/collections/" + id + "/items", "items", GEO_JSON.toString()),
                link(html(base() + "/ogc/collections/" + id + "/items"), "items", HTML)));
        return collection;
    }

    private static Map<String, Object> feature(FacilityRepository.MapFeature f) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", f.code());
        properties.put("name", f.name());
        properties.put("status", f.status());
        properties.put("thi", f.thi());
        properties.put("hazardClass", f.hazardClass());
        properties.put("tri", f.tri());
        properties.put("riskClass", f.riskClass());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", f.id());
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(f.longitude(), f.latitude())));
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> feature(DownstreamPaths.Path path) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", path.facility().code());
        properties.put("name", path.facility().name());
        properties.put("crossesBorder", path.downstream().crossesBorder());
        properties.put("firstForeignCountry", path.downstream().firstForeignCountry());
        properties.put("alongRiverKmToBorder", path.downstream().alongRiverKmToBorder());
        properties.put("lengthKm", path.downstream().lengthKm());
        properties.put("potentialEffect", path.potentialEffect());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", path.facility().id());
        feature.put("geometry", path.downstream().path());
        feature.put("properties", properties);
        return feature;
    }

    private static boolean inside(double[] box, double longitude, double latitude) {
        return longitude >= box[0] && latitude >= box[1] && longitude <= box[2] && latitude <= box[3];
    }

    private static void requireCollection(String collectionId) {
        if (!COLLECTIONS.contains(collectionId)) {
            throw new NotFoundException("ogc.collection.notFound", collectionId);
        }
    }

    /**
     * An RFC 3339 date or interval ({@code 2010-10-04}, {@code 2000-01-01/2010-12-31}, {@code ../2010-12-31},
     * {@code 2000-01-01/..}; times are ignored) as {from, to} dates, null for an open end; null when absent.
     */
    private static LocalDate[] interval(String datetime, Errors errors) {
        if (datetime == null || datetime.isBlank()) {
            return null;
        }
        String[] ends = datetime.split("/", -1);
        try {
            if (ends.length == 1) {
                LocalDate day = day(ends[0]);
                if (day != null) {
                    return new LocalDate[] { day, day };
                }
            }
            else if (ends.length == 2) {
                LocalDate from = day(ends[0]);
                LocalDate to = day(ends[1]);
                if (from == null || to == null || !from.isAfter(to)) {
                    return new LocalDate[] { from, to };
                }
            }
        }
        catch (DateTimeParseException ex) {
            errors.rejectValue("datetime", "ogc.datetime");
            return null;
        }
        errors.rejectValue("datetime", "ogc.datetime");
        return null;
    }

    private static LocalDate day(String text) {
        String value = text.strip();
        return value.isEmpty() || value.equals("..") ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10)
                : value);
    }

    /** Whether an accident's date (or, when only its year is known, its year) meets the interval. */
    private static boolean overlaps(Accident accident, LocalDate[] interval) {
        LocalDate first = accident.occurredOn() != null ? accident.occurredOn() : LocalDate.of(accident.year(), 1, 1);
        LocalDate last = accident.occurredOn() != null ? accident.occurredOn() : LocalDate.of(accident.year(), 12, 31);
        return (interval[0] == null || !last.isBefore(interval[0])) && (interval[1] == null || !first.isAfter(interval[1]));
    }

    private static double[] bbox(String bbox, Errors errors) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        try {
            if (parts.length == 4) {
                double[] box = new double[4];
                for (int i = 0; i < 4; i++) {
                    box[i] = Double.parseDouble(parts[i].strip());
                }
                if (box[0] <= box[2] && box[1] <= box[3] && Math.abs(box[1]) <= 90 && Math.abs(box[3]) <= 90) {
                    return box;
                }
            }
        }
        catch (NumberFormatException ex) {
            errors.rejectValue("bbox", "ogc.bbox");
            return null;
        }
        errors.rejectValue("bbox", "ogc.bbox");
        return null;
    }

    /** The address of a document's HTML encoding. */
    static String html(String href) {
        return UriComponentsBuilder.fromUriString(href).replaceQueryParam("f", "html").build().toUriString();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static Map<String, Object> link(String href, String rel, String type) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        return link;
    }
}
