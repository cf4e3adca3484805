package org.tmfsafety.methodology.facility;

/** The condition of the dam as last inspected: the dam-safety input of the THI. */
public enum DamCondition {

    /** No deficiencies found. */
    NO_DEFICIENCIES,

    /** Deficiencies that need measures. */
    DEFICIENCIES,

    /** Critical signs: seepage, cracks, slope movement. */
    CRITICAL

}
