package org.tmfsafety.methodology.index;

/** Where the points of a term rest: what a user or the product said, or what the profile assumed. */
public enum Basis {
    /** A value entered by a user. */
    INPUT,
    /** A value the product computed from its own results (e.g. the transboundary screening). */
    DERIVED,
    /** A numeric range estimated from other facts (e.g. a volume from a tonnage). */
    ESTIMATE,
    /** A missing value replaced by the profile's substitute (the worst-case rules of profile v1). */
    TREATED_AS,
    /** A missing value counted as an interval from the best to the worst value. */
    UNKNOWN
}
