package org.tmfsafety.server.facility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the first point layer of a zipped ESRI Shapefile with the JDK: the .shp records (Point, PointZ, PointM; the
 * first point of a MultiPoint) and the dBASE III attribute table (.dbf), in the code page the .cpg file or the table's
 * language driver names, else UTF-8 when the table is valid UTF-8, else Windows-1251 (the Cyrillic code page of
 * Central Asian offices). The .prj decides whether the points are WGS84 longitude and latitude or grid coordinates
 * whose system is then chosen; without .prj, coordinates beyond ±180/±90 are taken as a grid. See
 * docs/adr/0001-gis-file-formats.md.
 */
final class ShapefileZip {

    /** The layer as text cells: the attribute names, and per feature the values, x and y; whether x, y are WGS84. */
    record Layer(List<String> headers, List<List<String>> rows, boolean geographic) {
    }

    private static final Set<String> PARTS = Set.of("shp", "shx", "dbf", "prj", "cpg");

    private static final Set<Integer> POINT_TYPES = Set.of(1, 11, 21);

    private static final Set<Integer> MULTIPOINT_TYPES = Set.of(8, 18, 28);

    /** The largest part read from the zip (a small zip may inflate to gigabytes). */
    private static final int MAX_PART_BYTES = 64 * 1024 * 1024;

    private static final int SHP_MAGIC = 9994;

    private ShapefileZip() {
    }

    /**
     * Reads the first layer (in the order of the names) that has a .shp.
     *
     * @throws UnreadableGisFileException when the parts are missing or broken, or the layer has no points
     */
    static Layer read(byte[] zip) throws UnreadableGisFileException {
        Map<String, Map<String, byte[]>> layers = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int dot = name.lastIndexOf('.');
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.contains("/._") || dot < 0) {
                    continue;
                }
                String part = name.substring(dot + 1).toLowerCase(Locale.ROOT);
                if (PARTS.contains(part)) {
                    byte[] bytes = in.readNBytes(MAX_PART_BYTES + 1);
                    if (bytes.length > MAX_PART_BYTES) {
                        throw new UnreadableGisFileException("import.unreadable", null);
                    }
                    layers.computeIfAbsent(name.substring(0, dot), k -> new HashMap<>()).put(part, bytes);
                }
            }
        }
        catch (IOException | IllegalArgumentException ex) {
            throw new UnreadableGisFileException("import.unreadable", ex);
        }
        Map<String, byte[]> parts = layers.values().stream().filter(p -> p.containsKey("shp")).findFirst()
            .orElseThrow(() -> new UnreadableGisFileException("import.gis.noLayer", null));
        if (!parts.containsKey("dbf")) {
            throw new UnreadableGisFileException("import.gis.shapefileWithoutTable", null);
        }
        try {
            return layer(parts.get("shp"), parts.get("dbf"), parts.get("cpg"), parts.get("prj"));
        }
        catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException ex) {
            throw new UnreadableGisFileException("import.unreadable", ex);
        }
    }

    private static Layer layer(byte[] shp, byte[] dbf, byte[] cpg, byte[] prj) throws UnreadableGisFileException {
        ByteBuffer shapes = ByteBuffer.wrap(shp);
        if (shp.length < 100 || shapes.order(ByteOrder.BIG_ENDIAN).getInt(0) != SHP_MAGIC) {
            throw new UnreadableGisFileException("import.unreadable", null);
        }
        int type = shapes.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (!POINT_TYPES.contains(type) && !MULTIPOINT_TYPES.contains(type)) {
            throw new UnreadableGisFileException(type == 0 ? "import.gis.noLayer" : "import.gis.noPoints", null);
        }
        Table table = Table.of(dbf, cpg);
        List<List<String>> rows = new ArrayList<>();
        boolean beyondDegrees = false;
        shapes.position(100);
        for (int record = 0; shapes.remaining() >= 12; record++) {
            int words = shapes.order(ByteOrder.BIG_ENDIAN).getInt(shapes.position() + 4);
            int start = shapes.position() + 8;
            shapes.order(ByteOrder.LITTLE_ENDIAN).position(start);
            int recordType = shapes.getInt();
            double x = Double.NaN;
            double y = Double.NaN;
            if (POINT_TYPES.contains(recordType)) {
                x = shapes.getDouble();
                y = shapes.getDouble();
            }
            else if (MULTIPOINT_TYPES.contains(recordType)) {
                shapes.position(shapes.position() + 32);
                if (shapes.getInt() > 0) {
                    x = shapes.getDouble();
                    y = shapes.getDouble();
                }
            }
            shapes.position(start + words * 2);
            if (recordType == 0 || Double.isNaN(x) || record >= table.records()) {
                continue;
            }
            beyondDegrees |= Math.abs(x) > 180 || Math.abs(y) > 90;
            List<String> row = new ArrayList<>(table.record(record));
            row.add(number(x));
            row.add(number(y));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new UnreadableGisFileException("import.gis.noPoints", null);
        }
        return new Layer(table.names(), rows, prj == null ? !beyondDegrees : wgs84Degrees(prj));
    }

    /** Whether a .prj (ESRI WKT) describes WGS84 longitude and latitude: a GEOGCS on WGS 1984, no projection. */
    private static boolean wgs84Degrees(byte[] prj) {
        String wkt = new String(prj, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).replace(" ", "_");
        return wkt.startsWith("GEOGCS") && (wkt.contains("WGS_1984") || wkt.contains("WGS_84"));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A dBASE III table: field names, positions, lengths and types, and the records as text. */
    private record Table(byte[] dbf, Charset charset, int records, int headerLength, int recordLength,
            List<String> names, List<int[]> fields, List<Character> types) {

        static Table of(byte[] dbf, byte[] cpg) {
            ByteBuffer header = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
            int records = header.getInt(4);
            int headerLength = header.getShort(8) & 0xffff;
            int recordLength = header.getShort(10) & 0xffff;
            Charset charset = charset(cpg, dbf[29] & 0xff, dbf, headerLength);
            List<String> names = new ArrayList<>();
            List<int[]> fields = new ArrayList<>();
            List<Character> types = new ArrayList<>();
            int position = 1;
            for (int offset = 32; offset + 32 <= headerLength && dbf[offset] != 0x0D; offset += 32) {
                int length = 0;
                while (length < 11 && dbf[offset + length] != 0) {
                    length++;
                }
                names.add(new String(dbf, offset, length, charset).strip());
                types.add((char) dbf[offset + 11]);
                int size = dbf[offset + 16] & 0xff;
                fields.add(new int[] { position, size });
                position += size;
            }
            return new Table(dbf, charset, records, headerLength, recordLength, names, fields, types);
        }

        List<String> record(int index) {
            int start = headerLength + index * recordLength;
            List<String> values = new ArrayList<>();
            boolean present = start + recordLength <= dbf.length && dbf[start] != '*';
            for (int f = 0; f < names.size(); f++) {
                String value = present ? new String(dbf, start + fields.get(f)[0], fields.get(f)[1], charset).strip() : "";
                char type = types.get(f);
                if ((type == 'N' || type == 'F') && value.startsWith("*")) {
                    value = "";
                }
                else if (type == 'D' && value.length() == 8 && !value.equals("00000000")) {
                    value = value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6);
                }
                else if (type == 'D') {
                    value = "";
                }
                values.add(value);
            }
            return values;
        }

        /** The code page: the .cpg's, the language driver's, else UTF-8 when the records decode as such, else 1251. */
        private static Charset charset(byte[] cpg, int languageDriver, byte[] dbf, int headerLength) {
            if (cpg != null) {
                String name = new String(cpg, StandardCharsets.US_ASCII).strip().toUpperCase(Locale.ROOT);
                name = name.equals("65001") ? "UTF-8" : name.matches("125\\d") ? "windows-" + name
                        : name.matches("(ANSI_|ANSI |CP)125\\d") ? "windows-" + name.substring(name.length() - 4)
                        : name.equals("866") || name.equals("CP866") ? "IBM866" : name;
                try {
                    return Charset.forName(name);
                }
                catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
                    // an unknown name: the other clues decide
                }
            }
            switch (languageDriver) {
                case 0x26, 0x65:
                    return Charset.forName("IBM866");
                case 0xC9:
                    return Charset.forName("windows-1251");
                case 0x57, 0x03:
                    return Charset.forName("windows-1252");
                default:
                    break;
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(dbf, headerLength, Math.max(0, dbf.length - headerLength)));
                return StandardCharsets.UTF_8;
            }
            catch (CharacterCodingException ex) {
                return Charset.forName("windows-1251");
            }
        }
    }
}
