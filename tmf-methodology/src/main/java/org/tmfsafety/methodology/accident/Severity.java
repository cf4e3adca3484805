package org.tmfsafety.methodology.accident;

/**
 * The severity classes of tailings dam failures of Bowker and Chambers (2015), used by the CSP2 list and the World
 * Mine Tailings Failures database; {@link SeverityClassifier} derives one from an event's consequences.
 */
public enum Severity {

    /** Very serious failure: 20 or more deaths, or at least 1,000,000 m³ released, or a runout of 20 km or more. */
    VERY_SERIOUS(1),

    /** Serious failure: loss of life, or at least 100,000 m³ released. */
    SERIOUS(2),

    /** Any other failure. */
    OTHER(3),

    /** An incident outside the strict definition of a tailings dam failure (CSP2 code 4; never derived). */
    INCIDENT(4);

    private final int code;

    Severity(int code) {
        this.code = code;
    }

    /** Returns the class number used by CSP2 (1 = very serious … 4 = incident). */
    public int code() {
        return code;
    }

    /** Returns the class of a CSP2 code 1–4. */
    public static Severity ofCode(int code) {
        for (Severity severity : values()) {
            if (severity.code == code) {
                return severity;
            }
        }
        throw new IllegalArgumentException("severity code must be 1 to 4: " + code);
    }
}
