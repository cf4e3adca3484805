package org.tmfsafety.geo.transboundary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.country.NaturalEarthCountries;
import org.tmfsafety.geo.river.LineNetworkBuilder;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverDataReader;

/**
 * Natural Earth 1:10m rivers (as a plain line network), 1:50m countries and 1:50m lakes from ../shared/data, for
 * tests and benchmarks (never shipped).
 *
 * @param analyzer the screening with the provisional rule and default snap distance
 * @param report what building the river network found
 */
public record NaturalEarthGeography(TransboundaryAnalyzer analyzer, NetworkReport report) {

    /** The rivers file, relative to a module directory. */
    public static final Path RIVERS = NaturalEarthCountries.FILE.resolveSibling("ne_10m_rivers_lake_centerlines.geojson");

    /** Loads everything from the folder holding the data sets. */
    public static NaturalEarthGeography load(Path dataDirectory) throws IOException {
        CountryIndex countries = CountryIndex.of(
                NaturalEarthCountries.load(dataDirectory.resolve(NaturalEarthCountries.FILE.getFileName())));
        WaterBodies water = WaterBodies.of(lakes(dataDirectory.resolve("ne_50m_lakes.geojson")));
        LineNetworkBuilder builder = new LineNetworkBuilder(1).outletHint(new RiverMouths(countries, water));
        try (Reader reader = Files.newBufferedReader(dataDirectory.resolve(RIVERS.getFileName()),
                StandardCharsets.UTF_8)) {
            RiverDataReader.readLines(reader, builder::add);
        }
        TransboundaryAnalyzer analyzer = new TransboundaryAnalyzer(countries, builder.build(), water,
                TransboundaryAnalyzer.DEFAULT_MAX_SNAP_KM, LocationRule.provisionalDefault());
        return new NaturalEarthGeography(analyzer, builder.report());
    }

    private static List<Geometry> lakes(Path file) throws IOException {
        List<Geometry> lakes = new ArrayList<>();
        GeoJsonReader geometryReader = new GeoJsonReader();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object feature : (JSONArray) ((JSONObject) new JSONParser().parse(reader)).get("features")) {
                lakes.add(geometryReader.read(((JSONObject) ((JSONObject) feature).get("geometry")).toJSONString()));
            }
        }
        catch (ParseException | org.locationtech.jts.io.ParseException ex) {
            throw new IOException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        return lakes;
    }
}
