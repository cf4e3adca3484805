package org.tmfsafety.methodology.facility;

/** Whether a facility lies in a flood-prone area: an input of the THI natural-hazard term. */
public enum FloodHazard {
    OUTSIDE_FLOOD_AREA, FLOOD_PRONE
}
