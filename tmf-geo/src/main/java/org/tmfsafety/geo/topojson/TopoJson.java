package org.tmfsafety.geo.topojson;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A TopoJSON topology: its arcs decoded once (quantized, delta-encoded arcs are supported), its named objects
 * readable as features. Geometries of type {@code null} are skipped, as the specification allows; any other
 * unsupported or malformed geometry is an error, never silently dropped.
 */
public final class TopoJson {

    private final GeometryFactory factory = new GeometryFactory();

    private final JSONObject objects;

    private final List<Coordinate[]> arcs;

    private final double[] scale;

    private final double[] translate;

    private TopoJson(JSONObject topology) {
        if (!"Topology".equals(topology.get("type"))) {
            throw new TopoJsonException("not a TopoJSON Topology (type is " + topology.get("type") + ")");
        }
        JSONObject transform = (JSONObject) topology.get("transform");
        scale = transform == null ? new double[] { 1, 1 } : pair(transform.get("scale"), "transform.scale");
        translate = transform == null ? new double[] { 0, 0 } : pair(transform.get("translate"), "transform.translate");
        objects = (JSONObject) topology.get("objects");
        if (objects == null) {
            throw new TopoJsonException("the topology has no objects");
        }
        JSONArray rawArcs = (JSONArray) topology.get("arcs");
        arcs = new ArrayList<>(rawArcs == null ? 0 : rawArcs.size());
        if (rawArcs != null) {
            for (int i = 0; i < rawArcs.size(); i++) {
                arcs.add(decodeArc((JSONArray) rawArcs.get(i), transform != null, i));
            }
        }
    }

    /** Reads a topology; the reader is not closed. */
    public static TopoJson read(Reader reader) throws IOException {
        try {
            return new TopoJson((JSONObject) new JSONParser().parse(reader));
        }
        catch (ParseException | ClassCastException ex) {
            throw new TopoJsonException("not valid TopoJSON: " + ex.getMessage(), ex);
        }
    }

    /** The names of the topology's objects, in document order where the parser keeps it. */
    public List<String> objectNames() {
        List<String> names = new ArrayList<>();
        for (Object name : objects.keySet()) {
            names.add((String) name);
        }
        return names;
    }

    /** The geometries of one object (a GeometryCollection yields one feature per member). */
    public List<TopoJsonFeature> features(String objectName) {
        JSONObject object = (JSONObject) objects.get(objectName);
        if (object == null) {
            throw new TopoJsonException("the topology has no object '" + objectName + "'");
        }
        List<TopoJsonFeature> features = new ArrayList<>();
        if ("GeometryCollection".equals(object.get("type"))) {
            JSONArray members = (JSONArray) object.get("geometries");
            for (int i = 0; i < members.size(); i++) {
                addFeature(features, (JSONObject) members.get(i), objectName + "[" + i + "]");
            }
        }
        else {
            addFeature(features, object, objectName);
        }
        return features;
    }

    private void addFeature(List<TopoJsonFeature> features, JSONObject geometry, String where) {
        Object type = geometry.get("type");
        if (type == null) {
            return;
        }
        Object id = geometry.get("id");
        Map<String, Object> properties = new LinkedHashMap<>();
        JSONObject rawProperties = (JSONObject) geometry.get("properties");
        if (rawProperties != null) {
            for (Object key : rawProperties.keySet()) {
                properties.put((String) key, rawProperties.get(key));
            }
        }
        try {
            features.add(new TopoJsonFeature(id == null ? null : id.toString(),
                    Collections.unmodifiableMap(properties), geometry((String) type, geometry)));
        }
        catch (RuntimeException ex) {
            throw new TopoJsonException(where + " (" + type + (id == null ? "" : ", id " + id) + "): " + ex.getMessage(),
                    ex);
        }
    }

    private Geometry geometry(String type, JSONObject geometry) {
        JSONArray arcsOf = (JSONArray) geometry.get("arcs");
        JSONArray coordinates = (JSONArray) geometry.get("coordinates");
        switch (type) {
            case "Point":
                return factory.createPoint(position(coordinates));
            case "MultiPoint": {
                Point[] points = new Point[coordinates.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = factory.createPoint(position((JSONArray) coordinates.get(i)));
                }
                return factory.createMultiPoint(points);
            }
            case "LineString":
                return factory.createLineString(line(arcsOf));
            case "MultiLineString": {
                LineString[] lines = new LineString[arcsOf.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = factory.createLineString(line((JSONArray) arcsOf.get(i)));
                }
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(arcsOf);
            case "MultiPolygon": {
                Polygon[] polygons = new Polygon[arcsOf.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon((JSONArray) arcsOf.get(i));
                }
                return factory.createMultiPolygon(polygons);
            }
            default:
                throw new TopoJsonException("unsupported geometry type " + type);
        }
    }

    private Polygon polygon(JSONArray rings) {
        LinearRing shell = factory.createLinearRing(line((JSONArray) rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(line((JSONArray) rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    /** Joins arcs into one line; each arc after the first starts where the previous ended, so its first point goes. */
    private Coordinate[] line(JSONArray arcIndexes) {
        List<Coordinate> line = new ArrayList<>();
        for (Object value : arcIndexes) {
            int index = ((Number) value).intValue();
            Coordinate[] arc = arcs.get(index >= 0 ? index : ~index);
            for (int i = 0; i < arc.length; i++) {
                Coordinate coordinate = arc[index >= 0 ? i : arc.length - 1 - i];
                if (i > 0 || line.isEmpty()) {
                    line.add(coordinate);
                }
            }
        }
        return line.toArray(new Coordinate[0]);
    }

    private Coordinate[] decodeArc(JSONArray positions, boolean quantized, int arcIndex) {
        Coordinate[] arc = new Coordinate[positions.size()];
        double x = 0;
        double y = 0;
        for (int i = 0; i < arc.length; i++) {
            JSONArray position = (JSONArray) positions.get(i);
            if (position.size() < 2) {
                throw new TopoJsonException("arc " + arcIndex + ", position " + i + " has fewer than two numbers");
            }
            double px = ((Number) position.get(0)).doubleValue();
            double py = ((Number) position.get(1)).doubleValue();
            if (quantized) {
                x += px;
                y += py;
                arc[i] = new Coordinate(x * scale[0] + translate[0], y * scale[1] + translate[1]);
            }
            else {
                arc[i] = new Coordinate(px, py);
            }
        }
        return arc;
    }

    private Coordinate position(JSONArray position) {
        double x = ((Number) position.get(0)).doubleValue();
        double y = ((Number) position.get(1)).doubleValue();
        return new Coordinate(x * scale[0] + translate[0], y * scale[1] + translate[1]);
    }

    private static double[] pair(Object value, String name) {
        if (!(value instanceof JSONArray array) || array.size() != 2) {
            throw new TopoJsonException(name + " must be an array of two numbers");
        }
        return new double[] { ((Number) array.get(0)).doubleValue(), ((Number) array.get(1)).doubleValue() };
    }
}
