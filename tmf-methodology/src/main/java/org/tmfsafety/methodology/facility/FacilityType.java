package org.tmfsafety.methodology.facility;

/**
 * Layout of the impoundment, following the usual tailings-engineering classification of
 * containment types (ICOLD Bulletin 106; UNECE TMF Guidelines 2014).
 */
public enum FacilityType {

    /** A dam across a valley; the natural slopes close the other sides. */
    VALLEY_DAM,

    /** A closed embankment on flat ground (paddock, turkey's nest). */
    RING_DYKE,

    /** Embankments on three sides against a hill slope. */
    SIDE_HILL,

    /** Dewatered (filtered or thickened) tailings placed as a heap or dry stack. */
    HEAP_STACK,

    /** Tailings placed in a mined-out pit or underground void. */
    PIT

}
