package org.tmfsafety.geo.river;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading HydroRIVERS GeoJSON and CSV + WKT, and plain line GeoJSON, with the problems they may hold. */
class RiverDataReaderTest {

    private static final String HYDRORIVERS_GEOJSON = """
            {"type":"FeatureCollection","name":"HydroRIVERS_v10_as","crs":{"type":"name"},"features":[
             {"type":"Feature","properties":{"HYRIV_ID":40000001,"NEXT_DOWN":40000002,"LENGTH_KM":1.5,
               "ORD_STRA":1,"DIS_AV_CMS":0.25},
              "geometry":{"type":"LineString","coordinates":[[80.0,50.0],[80.01,50.0]]}},
             {"type":"Feature","properties":{"HYRIV_ID":40000002,"NEXT_DOWN":0,"LENGTH_KM":"2.25","ORD_STRA":2},
              "geometry":{"type":"MultiLineString","coordinates":[[[80.01,50.0],[80.02,50.0]],[[80.02,50.0],[80.03,50.0]]]}}
            ],"bbox":[80,50,80.03,50]}
            """;

    @Test
    void readsHydroRiversGeoJsonIntoANetwork() throws Exception {
        RiverNetwork.Builder builder = RiverNetwork.builder(2);
        long count = RiverDataReader.readHydroRiversGeoJson(new StringReader(HYDRORIVERS_GEOJSON), builder::add);
        RiverNetwork network = builder.build();
        assertThat(count).isEqualTo(2);
        int first = network.indexOf(40000001).orElseThrow();
        int second = network.indexOf(40000002).orElseThrow();
        assertThat(network.downstream(first)).isEqualTo(second);
        assertThat(network.lengthKm(second)).isEqualTo(2.25);
        assertThat(network.strahlerOrder(first)).isEqualTo(1);
        assertThat(network.dischargeCubicMetresPerSecond(first)).isEqualTo(0.25);
        assertThat(network.dischargeCubicMetresPerSecond(second)).isNaN();
        assertThat(network.vertexCount(second)).as("parts joined, shared point once").isEqualTo(3);
    }

    @Test
    void readsHydroRiversCsvWithWktInEitherDelimiter() throws Exception {
        String comma = """
                WKT,HYRIV_ID,NEXT_DOWN,LENGTH_KM,ORD_STRA,DIS_AV_CMS
                "LINESTRING (80 50,80.01 50)",1,2,1.5,1,0.5
                "MULTILINESTRING ((80.01 50,80.02 50))",2,0,,,
                """;
        String semicolon = """
                WKT;HYRIV_ID;NEXT_DOWN;LENGTH_KM;ORD_STRA;DIS_AV_CMS
                LINESTRING (80 50,80.01 50);1;2;1.5;1;0.5
                MULTILINESTRING ((80.01 50,80.02 50));2;0;;;
                """;
        for (String csv : List.of(comma, semicolon)) {
            RiverNetwork.Builder builder = RiverNetwork.builder(2);
            assertThat(RiverDataReader.readHydroRiversCsv(new StringReader(csv), builder::add)).isEqualTo(2);
            RiverNetwork network = builder.build();
            assertThat(network.downstream(network.indexOf(1).orElseThrow())).isEqualTo(network.indexOf(2).orElseThrow());
            // no LENGTH_KM: measured, 0.01° of longitude at 50°N is 0.7171 km
            assertThat(network.lengthKm(network.indexOf(2).orElseThrow())).isCloseTo(0.7171, within(0.001));
        }
    }

    @Test
    void namesTheRowAndFieldOfABadValue() {
        String csv = """
                HYRIV_ID,NEXT_DOWN,LENGTH_KM,WKT
                1,0,1,"LINESTRING (80 50,80.01 50)"
                2,zero,1,"LINESTRING (80 50,80.01 50)"
                """;
        assertThatThrownBy(() -> RiverDataReader.readHydroRiversCsv(new StringReader(csv), (a, b, c, d, e, f, g) -> {
        })).isInstanceOfSatisfying(RiverNetworkException.class, ex -> {
            assertThat(ex.problem()).isEqualTo(RiverNetworkException.Problem.NOT_A_NUMBER);
            assertThat(ex.where()).isEqualTo(RiverNetworkException.Where.ROW);
            assertThat(ex.number()).isEqualTo(3);
            assertThat(ex.field()).isEqualTo("NEXT_DOWN");
            assertThat(ex.value()).isEqualTo("zero");
        });
    }

    @Test
    void refusesMissingColumnsBrokenGeometryAndBrokenJson() {
        assertThatThrownBy(() -> RiverDataReader.readHydroRiversCsv(new StringReader("HYRIV_ID,NEXT_DOWN\n1,0\n"),
                (a, b, c, d, e, f, g) -> {
                })).isInstanceOfSatisfying(RiverNetworkException.class,
                        ex -> assertThat(ex.problem()).isEqualTo(RiverNetworkException.Problem.MISSING_COLUMN));
        assertThatThrownBy(() -> RiverDataReader.readHydroRiversCsv(
                new StringReader("HYRIV_ID,NEXT_DOWN,WKT\n1,0,\"POINT (1 2)\"\n"), (a, b, c, d, e, f, g) -> {
                })).isInstanceOfSatisfying(RiverNetworkException.class, ex -> {
                    assertThat(ex.problem()).isEqualTo(RiverNetworkException.Problem.BAD_GEOMETRY);
                    assertThat(ex.number()).isEqualTo(2);
                });
        assertThatThrownBy(() -> RiverDataReader.readHydroRiversGeoJson(
                new StringReader(HYDRORIVERS_GEOJSON.replace("\"HYRIV_ID\":40000002,", "")), (a, b, c, d, e, f, g) -> {
                })).isInstanceOfSatisfying(RiverNetworkException.class, ex -> {
                    assertThat(ex.problem()).isEqualTo(RiverNetworkException.Problem.MISSING_FIELD);
                    assertThat(ex.where()).isEqualTo(RiverNetworkException.Where.FEATURE);
                    assertThat(ex.number()).isEqualTo(2);
                    assertThat(ex.field()).isEqualTo("HYRIV_ID");
                });
        assertThatThrownBy(() -> RiverDataReader.readLines(new StringReader("{\"type\":\"FeatureCollection\",\"feat"),
                (a, b, c) -> {
                })).isInstanceOfSatisfying(RiverNetworkException.class,
                        ex -> assertThat(ex.problem()).isEqualTo(RiverNetworkException.Problem.NOT_JSON));
        assertThatThrownBy(() -> RiverDataReader.readLines(new StringReader("{\"type\":\"Feature\"}"), (a, b, c) -> {
        })).isInstanceOfSatisfying(RiverNetworkException.class,
                ex -> assertThat(ex.problem()).isEqualTo(RiverNetworkException.Problem.NOT_FEATURE_COLLECTION));
    }

    @Test
    void readsPlainLinesWithTheirNamesAndEveryPart() throws Exception {
        String geojson = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"NAME":"Ertis"},
                  "geometry":{"type":"MultiLineString","coordinates":[[[80,50],[81,50]],[[81,50],[82,51]]]}},
                 {"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[79,49],[80,50]]}}
                ]}
                """;
        List<String> seen = new ArrayList<>();
        long count = RiverDataReader.readLines(new StringReader(geojson),
                (id, name, lonLat) -> seen.add(id + ":" + name + ":" + lonLat.length / 2));
        assertThat(count).isEqualTo(2);
        assertThat(seen).containsExactly("1:Ertis:2", "1:Ertis:2", "2:null:2");
    }
}
