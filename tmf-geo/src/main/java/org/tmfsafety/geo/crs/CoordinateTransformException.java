package org.tmfsafety.geo.crs;

/**
 * Thrown when a row's coordinates cannot be transformed to WGS84. Carries a {@link Reason} code and the
 * offending values instead of display text, so that the application can explain the problem in the
 * user's language and point at the row.
 */
public class CoordinateTransformException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a row's coordinates were refused. */
    public enum Reason {
        /** The easting or the northing is not a finite number. */
        NOT_FINITE,
        /**
         * The coordinate system takes the zone per row and the row has none (for Gauss-Krüger with the zone
         * from the prefix: the easting has no prefix and the row gives no zone).
         */
        ZONE_MISSING,
        /**
         * The zone does not exist in the coordinate system (UTM 1 to 60, Gauss-Krüger 4 to 32, from the row
         * or from the easting's prefix), or a zone was given for a system without zones.
         */
        ZONE_INVALID,
        /**
         * Two sources of the zone disagree: the easting's prefix names another zone than the row or the
         * coordinate system, or the row names another zone than the coordinate system.
         */
        ZONE_CONTRADICTED,
        /** The easting (without the Gauss-Krüger zone prefix) lies outside 100 000 to 900 000 m. */
        EASTING_OUT_OF_RANGE,
        /** The northing lies outside 0 to 10 000 000 m. */
        NORTHING_OUT_OF_RANGE,
        /** The resulting longitude lies more than 1° beyond the zone's 6° band. */
        LONGITUDE_OUTSIDE_ZONE,
        /**
         * The transformation gives no position on the Earth: a latitude outside -90..90 or a longitude
         * outside -180..180, or no result at all.
         */
        OUTSIDE_WORLD
    }

    private final Reason reason;

    private final double easting;

    private final double northing;

    private final Integer zone;

    CoordinateTransformException(Reason reason, double easting, double northing, Integer zone) {
        super(reason + ": easting " + easting + ", northing " + northing + (zone == null ? "" : ", zone " + zone));
        this.reason = reason;
        this.easting = easting;
        this.northing = northing;
        this.zone = zone;
    }

    /** Returns why the coordinates were refused. */
    public Reason reason() {
        return reason;
    }

    /** Returns the easting (or longitude) as given. */
    public double easting() {
        return easting;
    }

    /** Returns the northing (or latitude) as given. */
    public double northing() {
        return northing;
    }

    /** Returns the zone given with the row, or null when none was given. */
    public Integer zone() {
        return zone;
    }

}
