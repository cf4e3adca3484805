package org.tmfsafety.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmfsafety.geo.CoordinateFormatException.Reason;

/**
 * Reads and writes single WGS84 coordinates as people type them in inventories and reports.
 *
 * <p>Accepted forms, each with an optional sign or hemisphere marker before or after the numbers:
 * <ul>
 * <li>decimal degrees: {@code 49.9483}, {@code -12.5}, {@code 49,9483} (decimal comma);</li>
 * <li>degrees and decimal minutes: {@code 49°56.9'N}, {@code 49 56.9 N};</li>
 * <li>degrees, minutes and seconds: {@code 49°56′54″ N}, {@code 82 37 12 E};</li>
 * <li>hemisphere markers in Latin ({@code N S E W}), Russian ({@code с.ш. ю.ш. в.д. з.д.}, or just
 * {@code С Ю В З}) and Kazakh ({@code с.е. о.е. ш.б. б.б.}).</li>
 * </ul>
 * A southern or western marker makes the value negative; a minus sign together with such a marker is
 * refused as ambiguous.
 */
public final class Coordinates {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final Pattern LEFTOVER = Pattern.compile("[\\s°º'′’\"″”:]*");

    private Coordinates() {
    }

    /**
     * Parses one coordinate on the given axis and returns it in decimal degrees.
     * @param text what the user typed
     * @param axis the axis the value belongs to
     * @return the value in decimal degrees, within the axis' range
     * @throws CoordinateFormatException with a {@link Reason} when the text cannot be read
     */
    public static double parse(String text, Axis axis) {
        if (text == null || text.isBlank()) {
            throw new CoordinateFormatException(Reason.EMPTY, String.valueOf(text));
        }
        String rest = text.strip().toUpperCase(Locale.ROOT).replace('\u2212', '-');
        Hemisphere hemisphere = null;
        for (Hemisphere candidate : Hemisphere.values()) {
            String stripped = candidate.strip(rest);
            if (stripped != null) {
                hemisphere = candidate;
                rest = stripped;
                break;
            }
        }
        if (hemisphere != null && hemisphere.axis != axis) {
            throw new CoordinateFormatException(Reason.WRONG_HEMISPHERE, text);
        }
        boolean negative = rest.startsWith("-");
        if (negative || rest.startsWith("+")) {
            if (hemisphere != null) {
                throw new CoordinateFormatException(Reason.MALFORMED, text);
            }
            rest = rest.substring(1);
        }
        double value = degrees(decimalPoint(rest), text);
        if (negative || (hemisphere != null && hemisphere.negative)) {
            value = -value;
        }
        if (!axis.contains(value)) {
            throw new CoordinateFormatException(Reason.OUT_OF_RANGE, text);
        }
        return value;
    }

    /**
     * Formats a coordinate as degrees, minutes and seconds with one decimal of seconds and a Latin
     * hemisphere letter, for example {@code 49°56′54.0″ N}.
     * @param degrees the value in decimal degrees
     * @param axis the axis the value belongs to
     * @return the formatted text
     */
    public static String toDms(double degrees, Axis axis) {
        if (!axis.contains(degrees)) {
            throw new CoordinateFormatException(Reason.OUT_OF_RANGE, Double.toString(degrees));
        }
        long tenthsOfSeconds = BigDecimal.valueOf(Math.abs(degrees))
            .multiply(BigDecimal.valueOf(36000))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
        long wholeDegrees = tenthsOfSeconds / 36000;
        long minutes = (tenthsOfSeconds % 36000) / 600;
        long tenths = tenthsOfSeconds % 600;
        char hemisphere;
        if (axis == Axis.LATITUDE) {
            hemisphere = degrees < 0 ? 'S' : 'N';
        }
        else {
            hemisphere = degrees < 0 ? 'W' : 'E';
        }
        return String.format(Locale.ROOT, "%d°%02d′%02d.%d″ %c", wholeDegrees, minutes, tenths / 10, tenths % 10,
                hemisphere);
    }

    private static String decimalPoint(String text) {
        if (text.indexOf('.') < 0 && text.chars().filter(c -> c == ',').count() == 1) {
            return text.replace(',', '.');
        }
        return text;
    }

    private static double degrees(String text, String original) {
        Matcher matcher = NUMBER.matcher(text);
        double[] parts = new double[3];
        int count = 0;
        int end = 0;
        while (matcher.find()) {
            if (count == 3 || !LEFTOVER.matcher(text.substring(end, matcher.start())).matches()) {
                throw new CoordinateFormatException(Reason.MALFORMED, original);
            }
            parts[count++] = Double.parseDouble(matcher.group());
            end = matcher.end();
        }
        if (count == 0 || !LEFTOVER.matcher(text.substring(end)).matches()) {
            throw new CoordinateFormatException(Reason.MALFORMED, original);
        }
        boolean fractionBeforeLast = (count >= 2 && parts[0] != Math.floor(parts[0]))
                || (count == 3 && parts[1] != Math.floor(parts[1]));
        if (fractionBeforeLast) {
            throw new CoordinateFormatException(Reason.MALFORMED, original);
        }
        if (parts[1] >= 60 || parts[2] >= 60) {
            throw new CoordinateFormatException(Reason.MINUTES_OR_SECONDS_OUT_OF_RANGE, original);
        }
        return parts[0] + parts[1] / 60 + parts[2] / 3600;
    }

    /** Hemisphere markers, longest first so that "С.Ш." is recognised before "С". */
    private enum Hemisphere {

        NORTH_RU(Axis.LATITUDE, false, "С.Ш."), SOUTH_RU(Axis.LATITUDE, true, "Ю.Ш."),
        EAST_RU(Axis.LONGITUDE, false, "В.Д."), WEST_RU(Axis.LONGITUDE, true, "З.Д."),
        NORTH_KK(Axis.LATITUDE, false, "С.Е."), SOUTH_KK(Axis.LATITUDE, true, "О.Е."),
        EAST_KK(Axis.LONGITUDE, false, "Ш.Б."), WEST_KK(Axis.LONGITUDE, true, "Б.Б."),
        NORTH(Axis.LATITUDE, false, "N", "С"), SOUTH(Axis.LATITUDE, true, "S", "Ю"),
        EAST(Axis.LONGITUDE, false, "E", "В"), WEST(Axis.LONGITUDE, true, "W", "З");

        private final Axis axis;

        private final boolean negative;

        private final String[] markers;

        Hemisphere(Axis axis, boolean negative, String... markers) {
            this.axis = axis;
            this.negative = negative;
            this.markers = markers;
        }

        /** Returns the text without this marker if it starts or ends with it, otherwise null. */
        String strip(String text) {
            for (String marker : markers) {
                String variant = marker.replace(".", "");
                for (String m : new String[] { marker, variant }) {
                    if (text.endsWith(m) && text.length() > m.length()) {
                        return text.substring(0, text.length() - m.length()).strip();
                    }
                    if (text.startsWith(m) && text.length() > m.length()) {
                        return text.substring(m.length()).strip();
                    }
                }
            }
            return null;
        }

    }

}
