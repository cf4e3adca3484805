package org.tmfsafety.geo;

/**
 * Thrown when a coordinate text cannot be read. Carries a {@link Reason} code instead of display text,
 * so that the application can explain the problem in the user's language.
 */
public class CoordinateFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a coordinate text was refused. */
    public enum Reason {
        /** The text is empty. */
        EMPTY,
        /** The text is not a number or a degrees-minutes-seconds expression. */
        MALFORMED,
        /** Minutes or seconds are 60 or more. */
        MINUTES_OR_SECONDS_OUT_OF_RANGE,
        /** A hemisphere letter belongs to the other axis (for example E on a latitude). */
        WRONG_HEMISPHERE,
        /** The value lies outside -90..90 (latitude) or -180..180 (longitude). */
        OUT_OF_RANGE
    }

    private final Reason reason;

    private final String text;

    CoordinateFormatException(Reason reason, String text) {
        super(reason + ": '" + text + "'");
        this.reason = reason;
        this.text = text;
    }

    /** Returns why the text was refused. */
    public Reason reason() {
        return reason;
    }

    /** Returns the text that was refused. */
    public String text() {
        return text;
    }

}
