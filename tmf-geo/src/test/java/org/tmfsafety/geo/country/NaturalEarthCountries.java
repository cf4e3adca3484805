package org.tmfsafety.geo.country;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Natural Earth 1:50m admin-0 countries from ../shared/data, for tests and benchmarks (never shipped). */
public final class NaturalEarthCountries {

    /** Where the data set lies relative to a module directory. */
    public static final Path FILE = Path.of("..", "..", "shared", "data", "ne_50m_admin_0_countries.geojson");

    private NaturalEarthCountries() {
    }

    /** Country geometries keyed by ADM0_A3 (ISO 3166-1 alpha-3 where one exists; ISO_A3 is -99 for some). */
    public static Map<String, Geometry> load(Path file) throws IOException {
        Map<String, Geometry> geometries = new HashMap<>();
        GeoJsonReader geometryReader = new GeoJsonReader();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JSONObject collection = (JSONObject) new JSONParser().parse(reader);
            for (Object item : (JSONArray) collection.get("features")) {
                JSONObject feature = (JSONObject) item;
                String code = (String) ((JSONObject) feature.get("properties")).get("ADM0_A3");
                geometries.put(code, geometryReader.read(((JSONObject) feature.get("geometry")).toJSONString()));
            }
        }
        catch (ParseException | org.locationtech.jts.io.ParseException ex) {
            throw new IOException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        return geometries;
    }
}
