package org.tmfsafety.server.transboundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.geo.river.RiverSnap;
import org.tmfsafety.geo.transboundary.DrainageRoute;
import org.tmfsafety.geo.transboundary.TransboundaryAnalyzer;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * Records, replaces and deletes facilities' drainage routes (docs/methodology/transboundary.md, E16d): validated as
 * a whole, written with the facility's audit trail, and followed at once by the facility's transboundary screening
 * and its ratings. The caller checks that the account may change the facility and gives its position.
 */
@Service
public class DrainageRoutes {

    /**
     * A drawn route's first point lies at most this far from the site: one starting farther away was drawn the wrong
     * way round or for another site.
     */
    public static final double MAX_START_KM = 5;

    private final DrainageRouteRepository routes;

    private final TransboundaryService transboundary;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    DrainageRoutes(DrainageRouteRepository routes, TransboundaryService transboundary, AuditLog audit,
            ApplicationEventPublisher events) {
        this.routes = routes;
        this.transboundary = transboundary;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A change of a route as submitted.
     *
     * @param kind {@code DRAWN} or {@code RECEIVING_WATER}
     * @param points the points as GeoJSON, WKT or latitude, longitude lines ({@link DrainageRouteText})
     * @param source where the route comes from (required)
     * @param comment a comment, or null
     * @param version the version the change is based on, null for a new route
     */
    public record Change(String kind, String points, String source, String comment, Integer version) {
    }

    /** The facility's route, or empty. */
    public Optional<StoredDrainageRoute> find(long facilityId) {
        return routes.find(facilityId);
    }

    /**
     * Records or replaces the facility's route and screens the facility again.
     *
     * @throws InvalidInputException naming the field at fault, nothing written
     * @throws EditConflictException when the route was changed (or recorded) by someone else meanwhile
     */
    @Transactional
    public StoredDrainageRoute save(long facilityId, double latitude, double longitude, Change change) {
        DrainageRoute route = validated(latitude, longitude, change);
        String source = change.source().strip();
        String comment = change.comment() == null || change.comment().isBlank() ? null : change.comment().strip();
        Optional<StoredDrainageRoute> before = routes.find(facilityId);
        String actor = AuditLog.currentActor();
        boolean written = change.version() == null ? routes.insert(facilityId, route, source, comment, actor)
                : routes.update(facilityId, change.version(), route, source, comment, actor);
        if (!written) {
            throw new EditConflictException("problem.conflict.drainageRoute",
                    change.version() == null ? -1 : change.version(), before.map(StoredDrainageRoute::version).orElse(-1));
        }
        StoredDrainageRoute saved = routes.find(facilityId).orElseThrow();
        audit.record("facility", facilityId, AuditAction.UPDATE, before.map(r -> trail(r, latitude, longitude)).orElse(Map.of()),
                trail(saved, latitude, longitude));
        rescreen(facilityId, latitude, longitude);
        return saved;
    }

    /** Deletes the facility's route (the screening goes back to the site's snap to the nearest river). */
    @Transactional
    public void delete(long facilityId, double latitude, double longitude, int version) {
        Optional<StoredDrainageRoute> before = routes.find(facilityId);
        if (before.isEmpty() || !routes.delete(facilityId, version)) {
            throw new EditConflictException("problem.conflict.drainageRoute", version,
                    before.map(StoredDrainageRoute::version).orElse(-1));
        }
        audit.record("facility", facilityId, AuditAction.UPDATE, trail(before.get(), latitude, longitude), Map.of());
        rescreen(facilityId, latitude, longitude);
    }

    private void rescreen(long facilityId, double latitude, double longitude) {
        transboundary.recompute(facilityId, latitude, longitude);
        events.publishEvent(new TransboundaryResultsChanged(List.of(facilityId)));
    }

    private DrainageRoute validated(double latitude, double longitude, Change change) {
        Errors errors = new DirectFieldBindingResult(change, "route");
        DrainageRoute route = checked(latitude, longitude, change, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        return route;
    }

    /**
     * Checks a route for a site without writing anything (as {@link #save} does before writing): the errors on the
     * fields {@code kind}, {@code points}, {@code source} and {@code comment}, none when it is valid. Errors are
     * named as the route form's model attribute ({@code route}).
     */
    public Errors check(double latitude, double longitude, Change change) {
        Errors errors = new DirectFieldBindingResult(change, "route");
        checked(latitude, longitude, change, errors);
        return errors;
    }

    /**
     * The kind a route's points imply when nobody said: one point is a receiving water, more a drawn route; null when
     * the points cannot be read (the check then says why).
     */
    public static String kindOf(String points) {
        return DrainageRouteText.parse(points, new MapBindingResult(new LinkedHashMap<>(), "route"), "points")
            .map(list -> (list.size() == 1 ? DrainageRoute.Kind.RECEIVING_WATER : DrainageRoute.Kind.DRAWN).name())
            .orElse(null);
    }

    /** The route, with every problem rejected on the errors; null when it has one. */
    private DrainageRoute checked(double latitude, double longitude, Change change, Errors errors) {
        DrainageRoute.Kind kind = null;
        try {
            kind = change.kind() == null ? null : DrainageRoute.Kind.valueOf(change.kind().strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            errors.rejectValue("kind", "route.kind.invalid");
        }
        if (change.kind() == null) {
            errors.rejectValue("kind", "route.kind.required");
        }
        Optional<List<DrainageRoute.Point>> points = DrainageRouteText.parse(change.points(), errors, "points");
        if (change.source() == null || change.source().isBlank()) {
            errors.rejectValue("source", "route.source.required");
        }
        else if (change.source().strip().length() > 2000) {
            errors.rejectValue("source", "route.text.tooLong", new Object[] { 2000 }, null);
        }
        if (change.comment() != null && change.comment().strip().length() > 4000) {
            errors.rejectValue("comment", "route.text.tooLong", new Object[] { 4000 }, null);
        }
        if (kind == null || points.isEmpty()) {
            return null;
        }
        if (kind == DrainageRoute.Kind.RECEIVING_WATER && points.get().size() != 1) {
            errors.rejectValue("points", "route.receiving.onePoint");
            return null;
        }
        DrainageRoute route = new DrainageRoute(points.get(), kind);
        check(route, latitude, longitude, errors);
        return errors.hasErrors() ? null : route;
    }

    /** A drawn route starts at the site; a receiving water is a point on a mapped river. */
    private void check(DrainageRoute route, double latitude, double longitude, Errors errors) {
        if (route.kind() == DrainageRoute.Kind.DRAWN) {
            DrainageRoute.Point first = route.points().get(0);
            double km = Geodesic.WGS84.Inverse(latitude, longitude, first.latitude(), first.longitude(),
                    GeodesicMask.DISTANCE).s12 / 1000;
            if (km > MAX_START_KM) {
                errors.rejectValue("points", "route.start.far",
                        new Object[] { Math.round(km * 10) / 10.0, MAX_START_KM }, null);
            }
        }
        else {
            DrainageRoute.Point end = route.end();
            Optional<RiverSnap> river = transboundary.riverNetwork().snap(end.latitude(), end.longitude(),
                    TransboundaryAnalyzer.ROUTE_END_SNAP_KM);
            if (river.isEmpty()) {
                errors.rejectValue("points", "route.receiving.noRiver",
                        new Object[] { TransboundaryAnalyzer.ROUTE_END_SNAP_KM }, null);
            }
        }
    }

    /**
     * The route as the facility's history shows it: a drawn route as the WKT line from the site, a receiving water as
     * the WKT point picked on the river, with the source and comment.
     */
    private static Map<String, Object> trail(StoredDrainageRoute stored, double latitude, double longitude) {
        DrainageRoute route = stored.route();
        String points = route.points().stream().map(p -> p.longitude() + " " + p.latitude()).collect(Collectors.joining(", "));
        String wkt = route.approximate() ? "POINT (" + points + ")"
                : "LINESTRING (" + longitude + " " + latitude + ", " + points + ")";
        Map<String, Object> trail = new LinkedHashMap<>();
        trail.put("drainageRoute", wkt);
        trail.put("drainageRouteSource", stored.source());
        trail.put("drainageRouteComment", stored.comment());
        return trail;
    }
}
