package org.tmfsafety.server.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.topojson.TopoJson;

/**
 * The countries' shapes shipped with the offline basemap (static/map, see its PROVENANCE.md): Natural Earth 1:50m
 * countries from world-atlas, keyed there by ISO 3166-1 numeric codes and here by alpha-3. Loaded on first use.
 */
@Component
public class CountryShapes {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Supplier<CountryIndex> index = SingletonSupplier.of(CountryShapes::load);

    /** The countries' index (point in country, nearest border). */
    public CountryIndex index() {
        return index.get();
    }

    /** A geometry's polygons (its parts that are polygons), added to a list. */
    public static void polygons(Geometry geometry, List<Polygon> into) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                into.add(polygon);
            }
        }
    }

    /** Reads a TopoJSON file of the basemap. */
    public static TopoJson read(String path) {
        try (Reader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return TopoJson.read(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the built-in basemap " + path, ex);
        }
    }

    private static CountryIndex load() {
        Map<String, String> alpha3 = numericToAlpha3();
        Map<String, List<Polygon>> parts = new HashMap<>();
        read("static/map/countries-50m.json").features("countries").forEach(feature -> {
            String code = feature.id() == null ? null : alpha3.get(feature.id());
            if (code != null) {
                polygons(feature.geometry(), parts.computeIfAbsent(code, c -> new ArrayList<>()));
            }
        });
        Map<String, Geometry> geometries = new HashMap<>();
        parts.forEach((code, polygons) -> geometries.put(code,
                FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]))));
        return CountryIndex.of(geometries);
    }

    /** ISO 3166-1 numeric to alpha-3 (resources/geo, taken from Debian iso-codes, see its PROVENANCE.md). */
    private static Map<String, String> numericToAlpha3() {
        Map<String, String> codes = new HashMap<>();
        try (InputStream in = new ClassPathResource("geo/iso3166-numeric-alpha3.csv").getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                String[] cells = row.split(",");
                codes.put(cells[0], cells[1]);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the ISO 3166 code table", ex);
        }
        return codes;
    }
}
