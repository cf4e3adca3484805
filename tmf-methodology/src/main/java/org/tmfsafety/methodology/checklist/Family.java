package org.tmfsafety.methodology.checklist;

/** The questionnaire families of the checklist. */
public enum Family {
    /** A short screening visit: the most important questions. */
    QUICK,
    /** The full inspection. */
    DETAILED,
    /** An abandoned or orphaned TMF without an operator. */
    ABANDONED
}
