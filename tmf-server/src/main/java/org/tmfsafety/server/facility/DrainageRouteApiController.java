package org.tmfsafety.server.facility;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.geo.transboundary.DrainageRoute;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.transboundary.DrainageRoutes;
import org.tmfsafety.server.transboundary.StoredDrainageRoute;
import org.tmfsafety.server.transboundary.TransboundaryResponse;
import org.tmfsafety.server.transboundary.TransboundaryService;

/** JSON API of facilities' drainage routes: how water from a site reaches the mapped river network. */
@RestController
@RequestMapping("/api/v1/facilities/{id}/drainage-route")
@Tag(name = "Facilities", description = "The national registry of tailings management facilities")
class DrainageRouteApiController {

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final DrainageRoutes routes;

    private final TransboundaryService transboundary;

    DrainageRouteApiController(FacilityRepository facilities, FacilityPermissions permissions, DrainageRoutes routes,
            TransboundaryService transboundary) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.routes = routes;
        this.transboundary = transboundary;
    }

    /**
     * A route as submitted: its points as exactly one of a GeoJSON geometry (LineString or Point, longitude first), a
     * WKT text or "latitude, longitude" lines.
     *
     * @param kind {@code DRAWN} or {@code RECEIVING_WATER}
     * @param geometry a GeoJSON LineString or Point
     * @param wkt WKT LINESTRING or POINT
     * @param coordinates one "latitude, longitude" per line
     * @param source where the route comes from (required)
     * @param comment a comment
     * @param version the version read, absent for a new route
     */
    record RouteRequest(String kind, JsonNode geometry, String wkt, String coordinates, String source, String comment,
            Integer version) {
    }

    /**
     * A stored route.
     *
     * @param kind {@code DRAWN} or {@code RECEIVING_WATER}
     * @param geometry the points after the site as a GeoJSON LineString (a Point when there is one)
     * @param source where it comes from
     * @param comment the comment, or null
     * @param version the version to send back with a change
     * @param updatedBy who recorded it last
     * @param updatedAt when
     */
    record RouteView(DrainageRoute.Kind kind, Map<String, Object> geometry, String source, String comment, int version,
            String updatedBy, OffsetDateTime updatedAt) {

        static RouteView of(StoredDrainageRoute stored) {
            List<double[]> positions = new ArrayList<>();
            stored.route().points().forEach(p -> positions.add(new double[] { p.longitude(), p.latitude() }));
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", positions.size() == 1 ? "Point" : "LineString");
            geometry.put("coordinates", positions.size() == 1 ? positions.get(0) : positions);
            return new RouteView(stored.route().kind(), geometry, stored.source(), stored.comment(), stored.version(),
                    stored.updatedBy(), stored.updatedAt());
        }
    }

    /**
     * A saved route with the screening it gave.
     *
     * @param route the route
     * @param transboundary the facility's transboundary screening along it
     */
    record RouteSaved(RouteView route, TransboundaryResponse transboundary) {
    }

    @GetMapping
    @Operation(summary = "The facility's drainage route", description = "404 when none is recorded.")
    RouteView show(@PathVariable long id) {
        readable(id);
        return routes.find(id).map(RouteView::of)
            .orElseThrow(() -> new NotFoundException("problem.notFound.drainageRoute", id));
    }

    @PutMapping
    @Operation(summary = "Record or replace the facility's drainage route",
            description = "The points follow the water from the site (a drawn route's first point lies within 5 km of "
                    + "it) to a mapped river; a receiving water is one point within 2 km of a mapped river, joined to "
                    + "the site by a straight, approximate connector. Send the version read to replace a route (409 "
                    + "when it changed meanwhile). The facility is screened again at once, and its ratings follow.")
    RouteSaved save(@PathVariable long id, @RequestBody RouteRequest request) {
        Facility facility = changeable(id);
        StoredDrainageRoute saved = routes.save(id, facility.latitude(), facility.longitude(),
                new DrainageRoutes.Change(request.kind(), points(request), request.source(), request.comment(),
                        request.version()));
        return new RouteSaved(RouteView.of(saved), transboundary.stored(id).orElseThrow());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the facility's drainage route",
            description = "The screening goes back to the river nearest to the site.")
    void delete(@PathVariable long id, @RequestParam int version) {
        Facility facility = changeable(id);
        routes.delete(id, facility.latitude(), facility.longitude(), version);
    }

    private static String points(RouteRequest request) {
        int given = (request.geometry() == null || request.geometry().isNull() ? 0 : 1)
                + (request.wkt() == null ? 0 : 1) + (request.coordinates() == null ? 0 : 1);
        if (given > 1) {
            Errors errors = new MapBindingResult(new LinkedHashMap<>(), "route");
            errors.rejectValue("geometry", "route.points.oneForm");
            throw new InvalidInputException(errors);
        }
        return request.geometry() != null && !request.geometry().isNull() ? request.geometry().toString()
                : request.wkt() != null ? request.wkt() : request.coordinates();
    }

    private Facility readable(long id) {
        return facilities.findById(id).filter(permissions::canRead).orElseThrow(() -> new FacilityNotFoundException(id));
    }

    private Facility changeable(long id) {
        Facility facility = facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
        permissions.requireRecordDrainageRoute(facility);
        return facility;
    }
}
