package org.tmfsafety.methodology.facility;

/** The seismic hazard zone of the site: an input of the THI natural-hazard term. */
public enum SeismicHazard {
    LOW, MODERATE, HIGH
}
