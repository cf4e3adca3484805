package org.tmfsafety.server.facility;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tmfsafety.geo.crs.CoordinateSystem;

/**
 * How a file is read into the registry, as the user assigned it: which field each column fills, which registry value
 * each value of an enumerated column stands for, and one value for all rows of a field the file has no column for.
 * Columns and values not named here are recognised as usual (headers and labels in English, Russian or Kazakh,
 * known synonyms).
 *
 * @param columns file header → field name ("" = do not import)
 * @param values field → value as written in the file → registry value ("" = not known)
 * @param defaults field → the value for every row (only for fields without a column)
 * @param crs the coordinate system of the coordinate columns, as an id of {@link CoordinateSystem#parse}: WGS84
 *        (latitude and longitude columns, the default), or a grid (easting and northing columns, and a zone column
 *        for the systems with a zone per row)
 */
public record ImportMapping(Map<String, String> columns, Map<String, Map<String, String>> values,
        Map<String, String> defaults, String crs) implements Serializable {

    /** The coordinate system of latitude and longitude columns. */
    public static final String WGS84 = "WGS84";

    /** Nothing assigned: every column and value is recognised as usual, coordinates are WGS84. */
    public static final ImportMapping NONE = new ImportMapping(Map.of(), Map.of(), Map.of(), WGS84);

    public ImportMapping {
        crs = crs == null || crs.isBlank() ? WGS84 : crs.strip();
        columns = copy(columns);
        Map<String, Map<String, String>> byField = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((field, assigned) -> byField.put(field, copy(assigned)));
        }
        values = Collections.unmodifiableMap(byField);
        defaults = copy(defaults);
    }

    /** Only column assignments (the earlier form of the API's mapping document). */
    public static ImportMapping ofColumns(Map<String, String> columns) {
        return new ImportMapping(columns, Map.of(), Map.of(), WGS84);
    }

    /** The registry value assigned to a file's value of a field, or null when none was assigned. */
    String value(String field, String fileValue) {
        return values.getOrDefault(field, Map.of()).get(fileValue);
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
