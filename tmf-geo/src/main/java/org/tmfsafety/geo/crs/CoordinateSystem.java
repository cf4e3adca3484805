package org.tmfsafety.geo.crs;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmfsafety.geo.crs.CoordinateSystemException.Reason;

/**
 * The coordinate reference system of an inventory's coordinate columns: what the two numbers of a row
 * mean and how they become WGS84 latitude and longitude. Immutable; two systems are equal when they have
 * the same {@link #id()}.
 *
 * <p>Stored as its id, read back with {@link #parse(String)}:
 * <ul>
 * <li>{@code WGS84}: latitude and longitude in degrees, taken as they are;</li>
 * <li>{@code UTM:43N}, {@code UTM:12S}: one UTM zone on WGS84 (EPSG:32601-32660 and 32701-32760);</li>
 * <li>{@code UTM-ROW:N}, {@code UTM-ROW:S}: UTM on WGS84 with the zone given per row;</li>
 * <li>{@code GK:13}: one Pulkovo 1942 Gauss-Krüger 6° zone (EPSG:28404-28432), eastings with or
 * without the zone prefix (13 456 789 or 456 789 in zone 13);</li>
 * <li>{@code GK-PREFIX}: Pulkovo 1942 Gauss-Krüger with the zone read per row from the easting's prefix
 * (13 456 789 lies in zone 13), or from the row when the easting has no prefix;</li>
 * <li>{@code EPSG:32643}: any projected or geographic system of proj4j's EPSG file.</li>
 * </ul>
 * UTM and Gauss-Krüger rows are checked against the plausible range of their zone; rows of an EPSG
 * system only against the range of latitude and longitude, so prefer {@link #utm} and
 * {@link #gaussKruger} to their EPSG codes.
 */
public final class CoordinateSystem {

    /** The kinds of coordinate system. */
    public enum Kind {
        /** WGS84 latitude and longitude in degrees. */
        WGS84,
        /** One UTM zone on WGS84. */
        UTM,
        /** UTM on WGS84, zone per row. */
        UTM_ZONE_PER_ROW,
        /** One Pulkovo 1942 Gauss-Krüger 6° zone. */
        GAUSS_KRUGER,
        /** Pulkovo 1942 Gauss-Krüger 6° zones, zone from the easting's prefix or the row. */
        GAUSS_KRUGER_ZONE_FROM_PREFIX,
        /** A system of proj4j's EPSG file. */
        EPSG
    }

    /** The hemisphere of a UTM zone: southern zones have a false northing of 10 000 000 m. */
    public enum Hemisphere {
        /** North of the equator (EPSG:326zz). */
        NORTH,
        /** South of the equator (EPSG:327zz). */
        SOUTH
    }

    private static final Pattern UTM_ID = Pattern.compile("UTM:(\\d{1,2})([NS])");

    private static final Pattern UTM_ROW_ID = Pattern.compile("UTM-ROW:([NS])");

    private static final Pattern GK_ID = Pattern.compile("GK:(\\d{1,2})");

    private static final Pattern EPSG_ID = Pattern.compile("EPSG:(\\d{1,9})");

    private static final CoordinateSystem WGS84 = new CoordinateSystem(Kind.WGS84, 0, null, EpsgCatalogue.WGS84,
            true);

    private final Kind kind;

    private final int zone;

    private final Hemisphere hemisphere;

    private final int epsgCode;

    private final boolean geographic;

    private CoordinateSystem(Kind kind, int zone, Hemisphere hemisphere, int epsgCode, boolean geographic) {
        this.kind = kind;
        this.zone = zone;
        this.hemisphere = hemisphere;
        this.epsgCode = epsgCode;
        this.geographic = geographic;
    }

    /** Returns WGS84 latitude and longitude in degrees (EPSG:4326), which need no transformation. */
    public static CoordinateSystem wgs84() {
        return WGS84;
    }

    /**
     * Returns one UTM zone on WGS84.
     * @param zone 1 to 60 (Kazakhstan lies in zones 39 to 46)
     * @param hemisphere the hemisphere of the zone
     * @throws CoordinateSystemException with {@link Reason#ZONE_OUT_OF_RANGE} for another zone
     */
    public static CoordinateSystem utm(int zone, Hemisphere hemisphere) {
        checkZone(zone, 1, 60);
        int base = Objects.requireNonNull(hemisphere, "hemisphere") == Hemisphere.NORTH ? 32600 : 32700;
        return new CoordinateSystem(Kind.UTM, zone, hemisphere, base + zone, false);
    }

    /** Returns UTM on WGS84 in one hemisphere with the zone given per row. */
    public static CoordinateSystem utmZonePerRow(Hemisphere hemisphere) {
        return new CoordinateSystem(Kind.UTM_ZONE_PER_ROW, 0, Objects.requireNonNull(hemisphere, "hemisphere"), 0,
                false);
    }

    /**
     * Returns one Pulkovo 1942 Gauss-Krüger 6° zone (EPSG:28404 to 28432), whose eastings may carry the zone
     * number as prefix (13 456 789 in zone 13) or not (456 789).
     * @param zone 4 to 32, central meridian 6 × zone − 3 degrees east (Kazakhstan lies in zones 9 to 15)
     * @throws CoordinateSystemException with {@link Reason#ZONE_OUT_OF_RANGE} for another zone
     */
    public static CoordinateSystem gaussKruger(int zone) {
        checkZone(zone, 4, 32);
        return new CoordinateSystem(Kind.GAUSS_KRUGER, zone, null, 28400 + zone, false);
    }

    /**
     * Returns Pulkovo 1942 Gauss-Krüger 6° zones with the zone read per row from the prefix of the easting
     * (13 456 789 lies in zone 13); an easting without prefix takes the zone given with the row.
     */
    public static CoordinateSystem gaussKrugerZoneFromPrefix() {
        return new CoordinateSystem(Kind.GAUSS_KRUGER_ZONE_FROM_PREFIX, 0, null, 0, false);
    }

    /**
     * Returns a projected or geographic system of proj4j's EPSG file. Reads the file the first time a code
     * is asked for.
     * @param code the EPSG code, for example 32643 (WGS 84 / UTM zone 43N) or 4284 (Pulkovo 1942)
     * @throws CoordinateSystemException with {@link Reason#UNKNOWN_EPSG_CODE} when the file does not have
     *         the code, {@link Reason#UNSUPPORTED_EPSG_CODE} when proj4j cannot use it
     */
    public static CoordinateSystem epsg(int code) {
        boolean geographic = Boolean.TRUE.equals(EpsgCatalogue.system(code).isGeographic());
        return new CoordinateSystem(Kind.EPSG, 0, null, code, geographic);
    }

    /**
     * Reads a system back from its {@link #id()}, ignoring case and surrounding blanks.
     * @throws CoordinateSystemException with {@link Reason#MALFORMED_ID} when the text is no id, or the
     *         reasons of the factory methods
     */
    public static CoordinateSystem parse(String id) {
        String text = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
        if (text.equals("WGS84")) {
            return wgs84();
        }
        if (text.equals("GK-PREFIX")) {
            return gaussKrugerZoneFromPrefix();
        }
        Matcher matcher = UTM_ID.matcher(text);
        if (matcher.matches()) {
            return utm(Integer.parseInt(matcher.group(1)), hemisphere(matcher.group(2)));
        }
        matcher = UTM_ROW_ID.matcher(text);
        if (matcher.matches()) {
            return utmZonePerRow(hemisphere(matcher.group(1)));
        }
        matcher = GK_ID.matcher(text);
        if (matcher.matches()) {
            return gaussKruger(Integer.parseInt(matcher.group(1)));
        }
        matcher = EPSG_ID.matcher(text);
        if (matcher.matches()) {
            return epsg(Integer.parseInt(matcher.group(1)));
        }
        throw new CoordinateSystemException(Reason.MALFORMED_ID, String.valueOf(id));
    }

    /**
     * Returns the text id for storing the system, for example {@code UTM:43N}; {@link #parse(String)} reads
     * it back.
     */
    public String id() {
        return switch (kind) {
            case WGS84 -> "WGS84";
            case UTM -> "UTM:" + zone + letter(hemisphere);
            case UTM_ZONE_PER_ROW -> "UTM-ROW:" + letter(hemisphere);
            case GAUSS_KRUGER -> "GK:" + zone;
            case GAUSS_KRUGER_ZONE_FROM_PREFIX -> "GK-PREFIX";
            case EPSG -> "EPSG:" + epsgCode;
        };
    }

    /** Returns the kind of system. */
    public Kind kind() {
        return kind;
    }

    /** Returns the zone of a one-zone UTM or Gauss-Krüger system, empty otherwise. */
    public OptionalInt zone() {
        return zone == 0 ? OptionalInt.empty() : OptionalInt.of(zone);
    }

    /** Returns the hemisphere of a UTM system, empty otherwise. */
    public Optional<Hemisphere> hemisphere() {
        return Optional.ofNullable(hemisphere);
    }

    /** Returns the EPSG code when the system is a single one (empty when the zone comes per row). */
    public OptionalInt epsgCode() {
        return epsgCode == 0 ? OptionalInt.empty() : OptionalInt.of(epsgCode);
    }

    /**
     * Returns whether the columns hold longitude and latitude in degrees rather than easting and northing
     * in metres.
     */
    public boolean isGeographic() {
        return geographic;
    }

    /** Returns whether the zone comes with each row rather than with the system. */
    public boolean isZonePerRow() {
        return kind == Kind.UTM_ZONE_PER_ROW || kind == Kind.GAUSS_KRUGER_ZONE_FROM_PREFIX;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoordinateSystem system && kind == system.kind && zone == system.zone
                && hemisphere == system.hemisphere && epsgCode == system.epsgCode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, zone, hemisphere, epsgCode);
    }

    /** Returns the {@link #id()}. */
    @Override
    public String toString() {
        return id();
    }

    private static void checkZone(int zone, int first, int last) {
        if (zone < first || zone > last) {
            throw new CoordinateSystemException(Reason.ZONE_OUT_OF_RANGE, Integer.toString(zone));
        }
    }

    private static Hemisphere hemisphere(String letter) {
        return letter.equals("N") ? Hemisphere.NORTH : Hemisphere.SOUTH;
    }

    private static char letter(Hemisphere hemisphere) {
        return hemisphere == Hemisphere.NORTH ? 'N' : 'S';
    }

}
