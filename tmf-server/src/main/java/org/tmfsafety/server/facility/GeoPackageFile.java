package org.tmfsafety.server.facility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes and reads OGC GeoPackage files (version 1.3) of points with SQLite (sqlite-jdbc) and JTS: the spatial
 * reference systems, contents and geometry columns tables, and features whose geometry is the GeoPackage binary header
 * with its envelope followed by WKB. See docs/adr/0001-gis-file-formats.md.
 */
final class GeoPackageFile {

    /** A column of the layer and the SQLite type it is written as. */
    record Column(String name, Type type) {
    }

    /** SQLite column types of a layer's attributes. */
    enum Type {
        TEXT, REAL, INTEGER
    }

    /** A point feature: longitude and latitude in WGS84 degrees and one value per column (null: none). */
    record Feature(double longitude, double latitude, List<Object> values) {
    }

    /**
     * A point layer as read: its attribute headers, one row of text cells per feature (headers, then x and y), and
     * the spatial reference system of the geometries.
     */
    record Layer(String name, List<String> headers, List<List<String>> rows, int srsId) {
    }

    private static final int GPKG_APPLICATION_ID = 0x47504B47;

    private static final int GPKG_VERSION_1_3 = 10300;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    private GeoPackageFile() {
    }

    /** The first bytes of every SQLite database, and so of every GeoPackage. */
    static boolean looksLikeOne(byte[] data) {
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        return data.length >= magic.length && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
    }

    /** Writes a GeoPackage with one point layer in WGS84 (EPSG:4326). */
    static byte[] write(String layer, String description, List<Column> columns, List<Feature> features) {
        requireIdentifier(layer);
        columns.forEach(column -> requireIdentifier(column.name()));
        Path file = null;
        try {
            file = Files.createTempFile("tmf-export", ".gpkg");
            Files.delete(file);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                db.setAutoCommit(false);
                try (Statement sql = db.createStatement()) {
                    sql.execute("PRAGMA application_id = " + GPKG_APPLICATION_ID);
                    sql.execute("PRAGMA user_version = " + GPKG_VERSION_1_3);
                    sql.execute("""
                            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
                              organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
                              definition TEXT NOT NULL, description TEXT)""");
                    sql.execute("""
                            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
                              identifier TEXT UNIQUE, description TEXT DEFAULT '',
                              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
                              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""");
                    sql.execute("""
                            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
                              geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
                              m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
                              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
                              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""");
                    sql.execute("""
                            INSERT INTO gpkg_spatial_ref_sys VALUES
                              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
                              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')""");
                }
                try (PreparedStatement srs = db.prepareStatement(
                        "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, ?, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')")) {
                    srs.setString(1, WGS84_WKT);
                    srs.executeUpdate();
                }
                StringBuilder create = new StringBuilder("CREATE TABLE \"" + layer
                        + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT");
                columns.forEach(column -> create.append(", \"").append(column.name()).append("\" ")
                    .append(column.type().name()));
                try (Statement sql = db.createStatement()) {
                    sql.execute(create.append(")").toString());
                }
                double[] extent = extent(features);
                try (PreparedStatement contents = db.prepareStatement("""
                        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x,
                          min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, 4326)""")) {
                    contents.setString(1, layer);
                    contents.setString(2, layer);
                    contents.setString(3, description);
                    contents.setString(4, Instant.now().toString());
                    for (int i = 0; i < 4; i++) {
                        if (extent == null) {
                            contents.setNull(5 + i, java.sql.Types.DOUBLE);
                        }
                        else {
                            contents.setDouble(5 + i, extent[i]);
                        }
                    }
                    contents.executeUpdate();
                }
                try (PreparedStatement geometry = db.prepareStatement(
                        "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', 4326, 0, 0)")) {
                    geometry.setString(1, layer);
                    geometry.executeUpdate();
                }
                StringBuilder insert = new StringBuilder("INSERT INTO \"" + layer + "\" (geom");
                columns.forEach(column -> insert.append(", \"").append(column.name()).append('"'));
                insert.append(") VALUES (?").append(", ?".repeat(columns.size())).append(')');
                try (PreparedStatement row = db.prepareStatement(insert.toString())) {
                    for (Feature feature : features) {
                        row.setBytes(1, point(feature.longitude(), feature.latitude()));
                        for (int c = 0; c < columns.size(); c++) {
                            Object value = feature.values().get(c);
                            row.setObject(c + 2, value instanceof Boolean b ? (b ? 1 : 0)
                                    : value instanceof Enum<?> e ? e.name() : value);
                        }
                        row.addBatch();
                    }
                    row.executeBatch();
                }
                db.commit();
            }
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Writing the GeoPackage failed", ex);
        }
        finally {
            deleteQuietly(file);
        }
    }

    /**
     * Reads the first point layer of a GeoPackage.
     *
     * @throws UnreadableGisFileException when the file is no GeoPackage, has no feature layer or only other geometries
     */
    static Layer read(byte[] data) throws UnreadableGisFileException {
        Path file = null;
        try {
            file = Files.createTempFile("tmf-import", ".gpkg");
            Files.write(file, data);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1")) {
                String table = null;
                String column = null;
                int srs = 0;
                try (Statement sql = db.createStatement(); ResultSet layers = sql.executeQuery("""
                        SELECT g.table_name, g.column_name, g.geometry_type_name, g.srs_id
                          FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name
                         WHERE c.data_type = 'features' ORDER BY g.table_name""")) {
                    boolean any = false;
                    while (layers.next()) {
                        any = true;
                        String type = layers.getString(3).toUpperCase(Locale.ROOT);
                        if (table == null && (type.equals("POINT") || type.equals("MULTIPOINT")
                                || type.equals("GEOMETRY"))) {
                            table = layers.getString(1);
                            column = layers.getString(2);
                            srs = layers.getInt(4);
                        }
                    }
                    if (table == null) {
                        throw new UnreadableGisFileException(any ? "import.gis.noPoints" : "import.gis.noLayer", null);
                    }
                }
                return features(db, table, column, srs);
            }
        }
        catch (SQLException ex) {
            throw new UnreadableGisFileException("import.unreadable", ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            deleteQuietly(file);
        }
    }

    private static Layer features(Connection db, String table, String column, int srs)
            throws SQLException, UnreadableGisFileException {
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        boolean points = false;
        try (Statement sql = db.createStatement();
                ResultSet features = sql.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData meta = features.getMetaData();
            int geometry = -1;
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (meta.getColumnName(c).equalsIgnoreCase(column)) {
                    geometry = c;
                }
                else if (!meta.getColumnName(c).equalsIgnoreCase("fid")) {
                    headers.add(meta.getColumnName(c));
                }
            }
            while (features.next()) {
                Point point = geometry < 0 ? null : pointOf(features.getBytes(geometry));
                points |= point != null;
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    if (c != geometry && !meta.getColumnName(c).equalsIgnoreCase("fid")) {
                        Object value = features.getObject(c);
                        row.add(value == null ? "" : value instanceof Double d && d == Math.rint(d)
                                && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(value));
                    }
                }
                row.add(point == null ? "" : String.valueOf(point.getX()));
                row.add(point == null ? "" : String.valueOf(point.getY()));
                rows.add(row);
            }
        }
        if (!rows.isEmpty() && !points) {
            throw new UnreadableGisFileException("import.gis.noPoints", null);
        }
        return new Layer(table, headers, rows, srs);
    }

    /** The point of a GeoPackage geometry blob; null for an empty or non-point geometry. */
    private static Point pointOf(byte[] blob) throws UnreadableGisFileException {
        if (blob == null) {
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new UnreadableGisFileException("import.unreadable", null);
        }
        int flags = blob[3];
        int envelope = switch ((flags >> 1) & 0b111) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new UnreadableGisFileException("import.unreadable", null);
        };
        if ((flags & 0b10000) != 0 || blob.length < 8 + envelope) {
            return null;
        }
        try {
            Geometry geometry = new WKBReader().read(Arrays.copyOfRange(blob, 8 + envelope, blob.length));
            if (geometry instanceof Point point && !point.isEmpty()) {
                return point;
            }
            return geometry.getGeometryType().equals("MultiPoint") && geometry.getNumGeometries() > 0
                    ? (Point) geometry.getGeometryN(0) : null;
        }
        catch (ParseException ex) {
            throw new UnreadableGisFileException("import.unreadable", ex);
        }
    }

    /** A GeoPackage geometry blob of a point: header (little-endian, envelope [minx, maxx, miny, maxy]) and WKB. */
    private static byte[] point(double longitude, double latitude) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN)
            .write(new GeometryFactory().createPoint(new Coordinate(longitude, latitude)));
        ByteBuffer blob = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011).putInt(4326);
        blob.putDouble(longitude).putDouble(longitude).putDouble(latitude).putDouble(latitude);
        blob.put(wkb);
        return blob.array();
    }

    /** The features' bounding box: min x, min y, max x, max y; null for none. */
    private static double[] extent(List<Feature> features) {
        if (features.isEmpty()) {
            return null;
        }
        double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (Feature feature : features) {
            box[0] = Math.min(box[0], feature.longitude());
            box[1] = Math.min(box[1], feature.latitude());
            box[2] = Math.max(box[2], feature.longitude());
            box[3] = Math.max(box[3], feature.latitude());
        }
        return box;
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException ex) {
                // a temporary file left behind is removed with the temporary directory
                file.toFile().deleteOnExit();
            }
        }
    }
}
