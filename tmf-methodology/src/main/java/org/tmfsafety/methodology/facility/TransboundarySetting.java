package org.tmfsafety.methodology.facility;

/** How a facility relates to a state border downstream: an exposure input of the TRI. */
public enum TransboundarySetting {

    /** No border within the reach of a failure. */
    NONE,

    /** A border lies within the reach of a failure, but not along a river from the site. */
    BORDER_WITHIN_REACH,

    /** On a river that crosses a border downstream. */
    TRANSBOUNDARY_RIVER

}
