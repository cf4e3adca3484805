package org.tmfsafety.geo.river;

/**
 * River data that cannot be read or built into a network. It says what is wrong ({@link #problem()}), where
 * ({@link #where()} and {@link #number()}: the feature or row number in the file, or the reach or line id) and,
 * where it applies, the field and the offending value, so that applications can explain it in the user's
 * language; the message is an English summary for logs.
 */
public class RiverNetworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** The file is not valid JSON. */
        NOT_JSON,
        /** The JSON is not a GeoJSON FeatureCollection. */
        NOT_FEATURE_COLLECTION,
        /** A feature is not a JSON object. */
        NOT_AN_OBJECT,
        /** The CSV file lacks a required column. */
        MISSING_COLUMN,
        /** A required field has no value. */
        MISSING_FIELD,
        /** A field that must be a number is not one. */
        NOT_A_NUMBER,
        /** A number is outside the allowed range. */
        OUT_OF_RANGE,
        /** The geometry is missing, not a line, or not readable. */
        BAD_GEOMETRY,
        /** The geometry has fewer than two points. */
        TOO_FEW_POINTS,
        /** A point is not a longitude/latitude pair. */
        BAD_COORDINATE,
        /** A reach id appears more than once. */
        DUPLICATE_ID,
        /** The file holds no reaches or lines. */
        EMPTY
    }

    /** Where the problem is: the number is a feature or row number, or a reach or line id. */
    public enum Where {
        FILE, FEATURE, ROW, REACH, LINE
    }

    private final Problem problem;

    private final Where where;

    private final long number;

    private final String field;

    private final String value;

    public RiverNetworkException(Problem problem, Where where, long number, String field, String value,
            Throwable cause) {
        super(summary(problem, where, number, field, value), cause);
        this.problem = problem;
        this.where = where;
        this.number = number;
        this.field = field;
        this.value = value;
    }

    public RiverNetworkException(Problem problem, Where where, long number, String field, String value) {
        this(problem, where, number, field, value, null);
    }

    private static String summary(Problem problem, Where where, long number, String field, String value) {
        StringBuilder text = new StringBuilder();
        if (where != Where.FILE) {
            text.append(where.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(number).append(": ");
        }
        text.append(problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        if (field != null) {
            text.append(", field ").append(field);
        }
        if (value != null) {
            text.append(", value '").append(value).append('\'');
        }
        return text.toString();
    }

    public Problem problem() {
        return problem;
    }

    public Where where() {
        return where;
    }

    /** The feature or row number (from 1), or the reach or line id; 0 for the file as a whole. */
    public long number() {
        return number;
    }

    /** The field concerned, or {@code null}. */
    public String field() {
        return field;
    }

    /** The offending value (shortened), or {@code null}. */
    public String value() {
        return value;
    }
}
