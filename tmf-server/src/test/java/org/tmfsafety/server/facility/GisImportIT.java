package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Imports of GIS files written by an independent tool, GDAL's ogr2ogr (Debian gdal-bin): a GeoPackage in WGS84 and
 * one in UTM 43N, zipped Shapefiles (UTF-8, Windows-1251, UTM), KML, KMZ and GeoJSON point layers go through the same
 * column and value steps as a table; broken and polygon-only inputs are refused with a message and nothing is
 * written.
 */
@IntegrationTest
class GisImportIT {

    private static final Path OGR2OGR = Path.of("/usr/bin/ogr2ogr");

    /** Two tailings facilities near Ak-Tyuz, in their own words (authored for this test). */
    private static final String POINTS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [76.117, 42.867]},
               "properties": {"name": "GIS test Ак-Тюз 1", "country": "Кыргызстан", "status": "законсервировано",
                              "damHeightM": 25.5}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [76.124, 42.871]},
               "properties": {"name": "GIS test Ак-Тюз 2", "country": "KGZ", "status": "бесхозное", "damHeightM": null}}
            ]}
            """;

    private static final String POLYGONS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[76.1, 42.8], [76.2, 42.8],
                [76.2, 42.9], [76.1, 42.8]]]}, "properties": {"name": "GIS test pond"}}
            ]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'GIS test %'").update();
    }

    /** The GeoJSON converted by ogr2ogr to the format (and coordinate system, when given). */
    private static byte[] ogr2ogr(String geoJson, String driver, String suffix, String... options) throws Exception {
        assertThat(Files.isExecutable(OGR2OGR)).as(OGR2OGR + " is needed: apt-get install gdal-bin").isTrue();
        Path source = Files.createTempFile("tmf-gis", ".geojson");
        Path target = Files.createTempFile("tmf-gis", suffix);
        Files.delete(target);
        try {
            Files.writeString(source, geoJson);
            List<String> command = new ArrayList<>(List.of(OGR2OGR.toString(), "-f", driver));
            command.addAll(Arrays.asList(options));
            command.addAll(List.of(target.toString(), source.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return Files.readAllBytes(target);
        }
        finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(target);
        }
    }

    private Response upload(String fileName, byte[] content, String mapping, boolean dryRun) {
        return new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=" + dryRun
                + (mapping == null ? "" : "&mapping=" + URLEncoder.encode(mapping, StandardCharsets.UTF_8)), Map.of(),
                "file", fileName, content, "Accept-Language", "ru");
    }

    private static List<JsonNode> errors(Response response) {
        return StreamSupport.stream(response.body().get("errors").spliterator(), false).toList();
    }

    private void assertImported(Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        assertThat(response.body().get("created").asInt()).isEqualTo(2);
        double[] first = jdbc.sql("SELECT latitude, longitude FROM facility WHERE name = 'GIS test Ак-Тюз 1'")
            .query((rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
        assertThat(first).containsExactly(new double[] { 42.867, 76.117 }, within(1e-6));
        assertThat(jdbc.sql("SELECT status FROM facility WHERE name = 'GIS test Ак-Тюз 2'").query(String.class).single())
            .isEqualTo("ABANDONED");
        clean();
    }

    @Test
    void geoPackageKmlKmzAndGeoJsonPointLayersImportThroughTheSameSteps() throws Exception {
        assertImported(upload("points.gpkg", ogr2ogr(POINTS, "GPKG", ".gpkg"), null, false));
        assertImported(upload("points.kml", ogr2ogr(POINTS, "LIBKML", ".kml"), null, false));
        assertImported(upload("points.kmz", ogr2ogr(POINTS, "LIBKML", ".kmz"), null, false));
        assertImported(upload("points.geojson", POINTS.getBytes(StandardCharsets.UTF_8), null, false));
        Response dam = upload("points.gpkg", ogr2ogr(POINTS, "GPKG", ".gpkg"), null, true);
        assertThat(dam.body().get("values")).extracting(c -> c.get("field").asString()).contains("status", "country");
    }

    /** The GeoJSON as a zipped ESRI Shapefile written by ogr2ogr (its options: e.g. the encoding). */
    private static byte[] shapefile(String geoJson, String... options) throws Exception {
        Path directory = Files.createTempDirectory("tmf-shp");
        Path source = directory.resolve("source.geojson");
        try {
            Files.writeString(source, geoJson);
            List<String> command = new ArrayList<>(List.of(OGR2OGR.toString(), "-f", "ESRI Shapefile"));
            command.addAll(Arrays.asList(options));
            command.addAll(List.of(directory.resolve("layer.shp").toString(), source.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip); var files = Files.list(directory)) {
                for (Path part : files.filter(p -> p.getFileName().toString().startsWith("layer.")).sorted().toList()) {
                    out.putNextEntry(new ZipEntry("inventory/" + part.getFileName()));
                    out.write(Files.readAllBytes(part));
                    out.closeEntry();
                }
            }
            return zip.toByteArray();
        }
        finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    @Test
    void zippedShapefilesInUtf8AndWindows1251AndInAGridImport() throws Exception {
        assertImported(upload("utf8.zip", shapefile(POINTS, "-lco", "ENCODING=UTF-8"), null, false));
        assertImported(upload("cp1251.zip", shapefile(POINTS, "-lco", "ENCODING=CP1251"), null, false));
        // GDAL writes Latin-1 unless told otherwise, which cannot hold Cyrillic
        byte[] utm = shapefile(POINTS, "-t_srs", "EPSG:32643", "-lco", "ENCODING=UTF-8");
        assertThat(upload("utm.zip", utm, null, true).status()).as("the grid's system is to be chosen").isEqualTo(422);
        assertImported(upload("utm.zip", utm, "{\"crs\": \"EPSG:32643\"}", false));
    }

    @Test
    void aGeoPackageInAProjectedSystemGivesEastingAndNorthingForTheCoordinateSystemStep() throws Exception {
        byte[] utm = ogr2ogr(POINTS, "GPKG", ".gpkg", "-t_srs", "EPSG:32643");
        Response withoutSystem = upload("utm.gpkg", utm, null, true);
        assertThat(withoutSystem.status()).isEqualTo(422);
        assertThat(errors(withoutSystem).get(0).get("row").asInt()).isEqualTo(1);
        assertImported(upload("utm.gpkg", utm, "{\"crs\": \"EPSG:32643\"}", false));
    }

    @Test
    void brokenPolygonOnlyAndShapefileInputsAreRefusedAndWriteNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single();
        byte[] geoPackage = ogr2ogr(POINTS, "GPKG", ".gpkg");
        Response broken = upload("broken.gpkg", Arrays.copyOf(geoPackage, geoPackage.length / 3), null, false);
        assertThat(broken.status()).isEqualTo(422);
        assertThat(errors(broken).get(0).get("row").asInt()).isZero();
        for (String driver : new String[] { "GPKG", "LIBKML", "GeoJSON" }) {
            String suffix = driver.equals("GPKG") ? ".gpkg" : driver.equals("LIBKML") ? ".kml" : ".geojson";
            Response polygons = upload("ponds" + suffix, ogr2ogr(POLYGONS, driver, suffix), null, false);
            assertThat(polygons.status()).as(driver).isEqualTo(422);
            assertThat(errors(polygons).get(0).get("message").asString()).as(driver).contains("точ");
        }
        Response polygonShapefile = upload("ponds.zip", shapefile(POLYGONS), null, false);
        assertThat(polygonShapefile.status()).isEqualTo(422);
        assertThat(errors(polygonShapefile).get(0).get("message").asString()).contains("точ");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("ponds.shp"));
            out.write(new byte[] { 0, 0, 39, 10 });
            out.closeEntry();
        }
        Response withoutTable = upload("ponds.zip", zip.toByteArray(), null, false);
        assertThat(withoutTable.status()).isEqualTo(422);
        assertThat(errors(withoutTable).get(0).get("message").asString()).contains(".dbf");
        Response kmlWithEntity = upload("entity.kml", ("<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><kml><Placemark><name>&x;</name><Point><coordinates>76.1,42.8</coordinates>"
                + "</Point></Placemark></kml>").getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(kmlWithEntity.status()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single()).isEqualTo(before);
    }
}
