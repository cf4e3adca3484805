package org.tmfsafety.geo.topojson;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One geometry of a TopoJSON object.
 *
 * @param id the geometry's id as text (TopoJSON allows numbers), or {@code null} when it has none
 * @param properties its properties, empty when it has none
 * @param geometry the decoded geometry
 */
public record TopoJsonFeature(String id, Map<String, Object> properties, Geometry geometry) {
}
