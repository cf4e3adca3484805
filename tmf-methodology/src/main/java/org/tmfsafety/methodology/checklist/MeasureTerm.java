package org.tmfsafety.methodology.checklist;

/** When a safety measure should be done (time frames are the programme's). */
public enum MeasureTerm {
    SHORT, MEDIUM, LONG
}
