package org.tmfsafety.geo.crs;

/**
 * Thrown when a coordinate system cannot be used: a malformed id, a zone that does not exist, an EPSG code
 * that proj4j does not know or cannot transform. Carries a {@link Reason} code instead of display text, so
 * that the application can explain the problem in the user's language.
 */
public class CoordinateSystemException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a coordinate system was refused. */
    public enum Reason {
        /** The text is not the id of a coordinate system. */
        MALFORMED_ID,
        /** The zone number does not exist: UTM zones are 1 to 60, Gauss-Krüger zones 4 to 32. */
        ZONE_OUT_OF_RANGE,
        /** The EPSG code is not in proj4j's EPSG file. */
        UNKNOWN_EPSG_CODE,
        /**
         * The EPSG code is known but cannot be used for latitude and longitude: proj4j cannot read its
         * definition (vertical units, geoid grids) or it is a geocentric (X, Y, Z) system.
         */
        UNSUPPORTED_EPSG_CODE
    }

    private final Reason reason;

    private final String text;

    CoordinateSystemException(Reason reason, String text) {
        super(reason + ": '" + text + "'");
        this.reason = reason;
        this.text = text;
    }

    /** Returns why the coordinate system was refused. */
    public Reason reason() {
        return reason;
    }

    /** Returns the id, zone or EPSG code that was refused, as text. */
    public String text() {
        return text;
    }

}
