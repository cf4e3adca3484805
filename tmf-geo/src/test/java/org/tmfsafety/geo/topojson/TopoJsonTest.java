package org.tmfsafety.geo.topojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.tmfsafety.geo.country.CountryIndex;

/** Decoding quantized, delta-encoded TopoJSON with shared and reversed arcs. */
class TopoJsonTest {

    /**
     * Two squares AAA and BBB (quantized 0..2 and 2..4) sharing arc 0, which BBB uses reversed; scale 0.5 and
     * translate (10, 20) put them at 10-11°E and 11-12°E, 20-21°N.
     */
    private static final String TOPOLOGY = """
            {"type":"Topology",
             "transform":{"scale":[0.5,0.5],"translate":[10,20]},
             "arcs":[[[2,0],[0,2]],
                     [[2,2],[-2,0],[0,-2],[2,0]],
                     [[2,0],[2,0],[0,2],[-2,0]]],
             "objects":{
               "countries":{"type":"GeometryCollection","geometries":[
                 {"type":"Polygon","id":"AAA","arcs":[[0,1]]},
                 {"type":"MultiPolygon","id":"BBB","properties":{"name":"Bee"},"arcs":[[[-1,2]]]},
                 {"type":null,"id":"NUL"}]},
               "rivers":{"type":"GeometryCollection","geometries":[{"type":"LineString","arcs":[2]}]},
               "capital":{"type":"Point","id":7,"coordinates":[1,1]}}}
            """;

    private static TopoJson read(String json) throws IOException {
        return TopoJson.read(new StringReader(json));
    }

    @Test
    void decodesPolygonsFromSharedAndReversedArcs() throws IOException {
        TopoJson topology = read(TOPOLOGY);
        assertThat(topology.objectNames()).containsExactlyInAnyOrder("countries", "rivers", "capital");
        List<TopoJsonFeature> countries = topology.features("countries");
        assertThat(countries).extracting(TopoJsonFeature::id).containsExactly("AAA", "BBB");
        Geometry a = countries.get(0).geometry();
        assertThat(a.getCoordinates()).containsExactly(new Coordinate(11, 20), new Coordinate(11, 21),
                new Coordinate(10, 21), new Coordinate(10, 20), new Coordinate(11, 20));
        assertThat(a.getArea()).isEqualTo(1.0);
        Geometry b = countries.get(1).geometry();
        assertThat(b.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(b.getCoordinates()).containsExactly(new Coordinate(11, 21), new Coordinate(11, 20),
                new Coordinate(12, 20), new Coordinate(12, 21), new Coordinate(11, 21));
        assertThat(countries.get(1).properties()).containsEntry("name", "Bee");
        assertThat(a.isValid()).isTrue();
        assertThat(b.isValid()).isTrue();
    }

    @Test
    void decodesLinesAndPointsWithNumericIds() throws IOException {
        TopoJson topology = read(TOPOLOGY);
        Geometry river = topology.features("rivers").get(0).geometry();
        assertThat(river.getCoordinates()).containsExactly(new Coordinate(11, 20), new Coordinate(12, 20),
                new Coordinate(12, 21), new Coordinate(11, 21));
        TopoJsonFeature capital = topology.features("capital").get(0);
        assertThat(capital.id()).isEqualTo("7");
        assertThat(capital.geometry().getCoordinate()).isEqualTo(new Coordinate(10.5, 20.5));
    }

    @Test
    void sharedArcsBecomeLandBordersOfTheCountryIndex() throws IOException {
        Map<String, Geometry> countries = read(TOPOLOGY).features("countries").stream()
            .collect(Collectors.toMap(TopoJsonFeature::id, TopoJsonFeature::geometry));
        CountryIndex index = CountryIndex.of(countries);
        assertThat(index.borderEdgeCount()).isEqualTo(1);
        assertThat(index.nearestBorder(20.5, 10.5).orElseThrow().foreignCountry()).isEqualTo("BBB");
    }

    @Test
    void reportsWhereTheDocumentIsWrong() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\"}")).isInstanceOf(TopoJsonException.class)
            .hasMessageContaining("not a TopoJSON Topology");
        assertThatThrownBy(() -> read("{\"type\":\"Topology\",")).isInstanceOf(TopoJsonException.class)
            .hasMessageContaining("not valid TopoJSON");
        assertThatThrownBy(() -> read(TOPOLOGY).features("lakes")).isInstanceOf(TopoJsonException.class)
            .hasMessageContaining("no object 'lakes'");
        String badArc = TOPOLOGY.replace("\"arcs\":[[0,1]]", "\"arcs\":[[0,9]]");
        assertThatThrownBy(() -> read(badArc).features("countries")).isInstanceOf(TopoJsonException.class)
            .hasMessageContaining("countries[0]").hasMessageContaining("AAA");
        String circle = TOPOLOGY.replace("\"type\":\"LineString\"", "\"type\":\"Circle\"");
        assertThatThrownBy(() -> read(circle).features("rivers")).isInstanceOf(TopoJsonException.class)
            .hasMessageContaining("rivers[0]").hasMessageContaining("unsupported geometry type Circle");
    }
}
