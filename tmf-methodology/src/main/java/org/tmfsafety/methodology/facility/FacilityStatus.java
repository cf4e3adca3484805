package org.tmfsafety.methodology.facility;

/**
 * Operational state of a tailings management facility, as distinguished by the UNECE Safety Guidelines
 * and Good Practices for Tailings Management Facilities (2014), which address operating, temporarily
 * closed, closed and abandoned facilities separately.
 */
public enum FacilityStatus {

    /** In operation: tailings are being deposited. */
    ACTIVE,

    /** Not receiving tailings, but not formally closed; an operator is still responsible. */
    INACTIVE,

    /** Operation suspended for a limited period with the intention to resume (care and maintenance). */
    TEMPORARILY_CLOSED,

    /** Formally closed and rehabilitated, under after-care. */
    CLOSED,

    /** Abandoned or orphaned: no responsible operator is known or able to act. */
    ABANDONED

}
