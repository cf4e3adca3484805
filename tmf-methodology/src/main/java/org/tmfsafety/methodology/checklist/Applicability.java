package org.tmfsafety.methodology.checklist;

/** The TMF states a measure applies to. */
public enum Applicability {
    OPERATING, CLOSED, ABANDONED
}
