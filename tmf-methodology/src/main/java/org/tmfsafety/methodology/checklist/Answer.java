package org.tmfsafety.methodology.checklist;

/** An answer to a checklist question. */
public enum Answer {
    YES, PARTLY, NO, NOT_APPLICABLE, UNKNOWN
}
