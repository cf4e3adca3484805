package org.tmfsafety.server.transboundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.validation.Errors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.tmfsafety.geo.Axis;
import org.tmfsafety.geo.CoordinateFormatException;
import org.tmfsafety.geo.Coordinates;
import org.tmfsafety.geo.transboundary.DrainageRoute;

/**
 * Reads the points of a drainage route as people give them: a GeoJSON LineString or Point (alone, or as a Feature's
 * geometry), WKT ({@code LINESTRING (lon lat, ...)} or {@code POINT (lon lat)}), or one "latitude, longitude" pair per
 * line in any form the facility form accepts (decimal, degrees and minutes, hemisphere letters). GeoJSON and WKT put
 * the longitude first, as their standards do; the lines put the latitude first, as inventories do.
 */
public final class DrainageRouteText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DrainageRouteText() {
    }

    /**
     * The points of the text, or empty with the reason rejected on the field.
     *
     * @param text what the user gave
     * @param errors where to reject it
     * @param field the field named in the rejection
     */
    public static Optional<List<DrainageRoute.Point>> parse(String text, Errors errors, String field) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "route.points.required");
            return Optional.empty();
        }
        String stripped = text.strip();
        try {
            List<DrainageRoute.Point> points = stripped.startsWith("{") ? geoJson(stripped)
                    : Character.isLetter(stripped.charAt(0)) ? wkt(stripped) : lines(stripped, errors, field);
            if (points == null) {
                return Optional.empty();
            }
            if (points.isEmpty() || points.size() > DrainageRoute.MAX_POINTS) {
                errors.rejectValue(field, "route.points.count", new Object[] { DrainageRoute.MAX_POINTS }, null);
                return Optional.empty();
            }
            return Optional.of(points);
        }
        catch (UnreadableRouteException | IllegalArgumentException e) {
            errors.rejectValue(field, "route.points.unreadable");
            return Optional.empty();
        }
    }

    private static List<DrainageRoute.Point> geoJson(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        }
        catch (JacksonException e) {
            throw new UnreadableRouteException();
        }
        if ("Feature".equals(node.path("type").asString(""))) {
            node = node.path("geometry");
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        List<DrainageRoute.Point> points = new ArrayList<>();
        if ("Point".equals(type)) {
            points.add(position(coordinates));
        }
        else if ("LineString".equals(type) && coordinates.isArray()) {
            for (JsonNode position : coordinates) {
                points.add(position(position));
            }
        }
        else {
            throw new UnreadableRouteException();
        }
        return points;
    }

    private static DrainageRoute.Point position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new UnreadableRouteException();
        }
        return new DrainageRoute.Point(position.get(1).asDouble(), position.get(0).asDouble());
    }

    private static List<DrainageRoute.Point> wkt(String text) {
        Geometry geometry;
        try {
            geometry = new WKTReader().read(text);
        }
        catch (ParseException e) {
            throw new UnreadableRouteException();
        }
        if (!(geometry instanceof LineString) && !(geometry instanceof Point) || geometry.isEmpty()) {
            throw new UnreadableRouteException();
        }
        List<DrainageRoute.Point> points = new ArrayList<>();
        for (Coordinate c : geometry.getCoordinates()) {
            points.add(new DrainageRoute.Point(c.getY(), c.getX()));
        }
        return points;
    }

    /**
     * One "latitude, longitude" per line, or "latitude; longitude" where the numbers have decimal commas; null when a
     * line was rejected.
     */
    private static List<DrainageRoute.Point> lines(String text, Errors errors, String field) {
        List<DrainageRoute.Point> points = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.contains(";") ? line.split(";", -1) : line.split(",", -1);
            if (parts.length != 2) {
                errors.rejectValue(field, "route.points.line", new Object[] { i + 1 }, null);
                return null;
            }
            try {
                points.add(new DrainageRoute.Point(Coordinates.parse(parts[0], Axis.LATITUDE),
                        Coordinates.parse(parts[1], Axis.LONGITUDE)));
            }
            catch (CoordinateFormatException e) {
                errors.rejectValue(field, "route.points.line", new Object[] { i + 1 }, null);
                return null;
            }
        }
        return points;
    }

    /** The text is not a readable GeoJSON or WKT point or line. */
    private static final class UnreadableRouteException extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }
}
