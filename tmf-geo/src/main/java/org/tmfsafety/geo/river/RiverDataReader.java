package org.tmfsafety.geo.river;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Streams river data files into a network builder, one feature or row at a time (memory does not grow with the
 * file): HydroRIVERS as GeoJSON or as CSV with the geometry as WKT, and plain line networks as GeoJSON.
 * Problems are reported as {@link RiverNetworkException} naming the feature or row and the field.
 */
public final class RiverDataReader {

    /** The HydroRIVERS reach id. */
    public static final String ID = "HYRIV_ID";

    /** The id of the downstream reach, 0 at an outlet. */
    public static final String NEXT_DOWN = "NEXT_DOWN";

    /** Reach length in kilometres (optional; measured along the geometry when absent). */
    public static final String LENGTH_KM = "LENGTH_KM";

    /** Strahler order (optional). */
    public static final String ORDER = "ORD_STRA";

    /** Long-term mean discharge in m³/s (optional). */
    public static final String DISCHARGE = "DIS_AV_CMS";

    /** Names of the WKT geometry column accepted in CSV files (case does not matter). */
    private static final List<String> GEOMETRY_COLUMNS = List.of("WKT", "geometry", "geom", "the_geom", "wkt_geom");

    /** Property names tried, in order and regardless of case, for a river's name. */
    private static final List<String> NAME_FIELDS = List.of("name", "name_en", "river_name", "riv_name");

    private static final int MAX_VALUE_SHOWN = 40;

    /** Receives HydroRIVERS-style reaches (the signature of {@link RiverNetwork.Builder#add}). */
    @FunctionalInterface
    public interface ReachSink {

        void reach(long id, long downstreamId, double lengthKm, double[] lonLat, String name, int strahlerOrder,
                double dischargeCms);
    }

    /** Receives plain lines (the signature of {@link LineNetworkBuilder#add}). */
    @FunctionalInterface
    public interface LineSink {

        void line(long lineId, String name, double[] lonLat);
    }

    private RiverDataReader() {
    }

    /** Reads HydroRIVERS GeoJSON; returns the number of reaches. */
    public static long readHydroRiversGeoJson(Reader reader, ReachSink sink) throws IOException {
        long[] count = { 0 };
        GeoJsonFeatureStream.read(reader, feature -> {
            long number = ++count[0];
            Fields fields = new Fields(RiverNetworkException.Where.FEATURE, number, feature.get("properties"));
            double[] lonLat = joined(geometryOf(feature, number), RiverNetworkException.Where.FEATURE, number);
            sink.reach(fields.wholeNumber(ID, true), fields.wholeNumber(NEXT_DOWN, true), fields.number(LENGTH_KM),
                    lonLat, fields.name(), (int) fields.wholeNumberOr(ORDER, 0), fields.number(DISCHARGE));
        });
        return count[0];
    }

    /** Reads HydroRIVERS as CSV (comma or semicolon) with a WKT geometry column; returns the number of reaches. */
    public static long readHydroRiversCsv(Reader reader, ReachSink sink) throws IOException {
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(64 * 1024);
        String header = buffered.readLine();
        if (header == null) {
            throw new RiverNetworkException(RiverNetworkException.Problem.EMPTY, RiverNetworkException.Where.FILE, 0,
                    null, null);
        }
        buffered.reset();
        char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true).get();
        long count = 0;
        try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(format).get()) {
            Map<String, Integer> columns = parser.getHeaderMap();
            String geometryColumn = GEOMETRY_COLUMNS.stream().filter(name -> hasColumn(columns, name)).findFirst()
                .orElseThrow(() -> missingColumn("WKT"));
            for (String required : List.of(ID, NEXT_DOWN)) {
                if (!hasColumn(columns, required)) {
                    throw missingColumn(required);
                }
            }
            WKTReader wkt = new WKTReader();
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                Fields fields = new Fields(RiverNetworkException.Where.ROW, row, record.toMap());
                Geometry geometry;
                try {
                    geometry = wkt.read(record.get(geometryColumn));
                }
                catch (ParseException | IllegalArgumentException ex) {
                    throw new RiverNetworkException(RiverNetworkException.Problem.BAD_GEOMETRY,
                            RiverNetworkException.Where.ROW, row, geometryColumn, shorten(record.get(geometryColumn)),
                            ex);
                }
                double[] lonLat = joined(lines(geometry, RiverNetworkException.Where.ROW, row),
                        RiverNetworkException.Where.ROW, row);
                sink.reach(fields.wholeNumber(ID, true), fields.wholeNumber(NEXT_DOWN, true), fields.number(LENGTH_KM),
                        lonLat, fields.name(), (int) fields.wholeNumberOr(ORDER, 0), fields.number(DISCHARGE));
                count++;
            }
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        return count;
    }

    /**
     * Reads a plain line network as GeoJSON (LineString or MultiLineString features, an optional name); each
     * line's id is its feature number. Returns the number of features.
     */
    public static long readLines(Reader reader, LineSink sink) throws IOException {
        long[] count = { 0 };
        GeoJsonFeatureStream.read(reader, feature -> {
            long number = ++count[0];
            String name = new Fields(RiverNetworkException.Where.FEATURE, number, feature.get("properties")).name();
            for (double[] part : geometryOf(feature, number)) {
                sink.line(number, name, part);
            }
        });
        return count[0];
    }

    private static boolean hasColumn(Map<String, Integer> columns, String name) {
        return columns.keySet().stream().anyMatch(column -> column.equalsIgnoreCase(name));
    }

    private static RiverNetworkException missingColumn(String column) {
        return new RiverNetworkException(RiverNetworkException.Problem.MISSING_COLUMN, RiverNetworkException.Where.FILE,
                0, column, null);
    }

    private static List<double[]> geometryOf(JSONObject feature, long number) {
        Object geometry = feature.get("geometry");
        if (!(geometry instanceof JSONObject object) || !(object.get("coordinates") instanceof JSONArray coordinates)) {
            throw badGeometry(number, null);
        }
        Object type = object.get("type");
        List<double[]> parts = new ArrayList<>();
        if ("LineString".equals(type)) {
            parts.add(positions(coordinates, number));
        }
        else if ("MultiLineString".equals(type)) {
            for (Object part : coordinates) {
                if (!(part instanceof JSONArray array)) {
                    throw badGeometry(number, "MultiLineString");
                }
                parts.add(positions(array, number));
            }
        }
        else {
            throw badGeometry(number, String.valueOf(type));
        }
        return parts;
    }

    private static double[] positions(JSONArray positions, long number) {
        double[] lonLat = new double[positions.size() * 2];
        for (int i = 0; i < positions.size(); i++) {
            if (!(positions.get(i) instanceof JSONArray position) || position.size() < 2
                    || !(position.get(0) instanceof Number x) || !(position.get(1) instanceof Number y)) {
                throw new RiverNetworkException(RiverNetworkException.Problem.BAD_COORDINATE,
                        RiverNetworkException.Where.FEATURE, number, "geometry", "point " + (i + 1));
            }
            lonLat[2 * i] = x.doubleValue();
            lonLat[2 * i + 1] = y.doubleValue();
        }
        return lonLat;
    }

    private static List<double[]> lines(Geometry geometry, RiverNetworkException.Where where, long number) {
        List<double[]> parts = new ArrayList<>();
        if (geometry instanceof LineString || geometry instanceof MultiLineString) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                parts.add(Points.lonLat((LineString) geometry.getGeometryN(i)));
            }
            return parts;
        }
        throw new RiverNetworkException(RiverNetworkException.Problem.BAD_GEOMETRY, where, number, "geometry",
                geometry.getGeometryType());
    }

    /** The parts of a reach joined in order (a point shared by consecutive parts is kept once). */
    private static double[] joined(List<double[]> parts, RiverNetworkException.Where where, long number) {
        if (parts.isEmpty()) {
            throw new RiverNetworkException(RiverNetworkException.Problem.TOO_FEW_POINTS, where, number, "geometry",
                    null);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        double[] all = new double[parts.stream().mapToInt(part -> part.length).sum()];
        int length = 0;
        for (double[] part : parts) {
            int from = length >= 2 && part.length >= 2 && all[length - 2] == part[0] && all[length - 1] == part[1] ? 2
                    : 0;
            System.arraycopy(part, from, all, length, part.length - from);
            length += part.length - from;
        }
        return Arrays.copyOf(all, length);
    }

    private static RiverNetworkException badGeometry(long number, String type) {
        return new RiverNetworkException(RiverNetworkException.Problem.BAD_GEOMETRY,
                RiverNetworkException.Where.FEATURE, number, "geometry", type);
    }

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_SHOWN ? value : value.substring(0, MAX_VALUE_SHOWN) + "…";
    }

    /** The attributes of one feature or row, looked up by name regardless of case. */
    private static final class Fields {

        private final RiverNetworkException.Where where;

        private final long number;

        private final Map<?, ?> values;

        Fields(RiverNetworkException.Where where, long number, Object values) {
            this.where = where;
            this.number = number;
            this.values = values instanceof Map<?, ?> map ? map : Map.of();
        }

        private Object raw(String field) {
            Object value = values.get(field);
            if (value == null) {
                for (Map.Entry<?, ?> entry : values.entrySet()) {
                    if (entry.getKey() instanceof String key && key.equalsIgnoreCase(field)) {
                        return entry.getValue();
                    }
                }
            }
            return value;
        }

        /** A number, or NaN when absent or blank. */
        double number(String field) {
            Object value = raw(field);
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            if (value == null || value.toString().isBlank()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(value.toString().strip());
            }
            catch (NumberFormatException ex) {
                throw new RiverNetworkException(RiverNetworkException.Problem.NOT_A_NUMBER, where, number, field,
                        shorten(value.toString()), ex);
            }
        }

        long wholeNumber(String field, boolean required) {
            double value = number(field);
            if (Double.isNaN(value)) {
                if (required) {
                    throw new RiverNetworkException(RiverNetworkException.Problem.MISSING_FIELD, where, number, field,
                            null);
                }
                return 0;
            }
            if (value != Math.rint(value) || value < 0 || value > 9e15) {
                throw new RiverNetworkException(RiverNetworkException.Problem.OUT_OF_RANGE, where, number, field,
                        shorten(String.valueOf(raw(field))));
            }
            return (long) value;
        }

        long wholeNumberOr(String field, long otherwise) {
            return Double.isNaN(number(field)) ? otherwise : wholeNumber(field, false);
        }

        String name() {
            for (String field : NAME_FIELDS) {
                Object value = raw(field);
                if (value != null && !value.toString().isBlank()) {
                    return value.toString().strip();
                }
            }
            return null;
        }
    }
}
