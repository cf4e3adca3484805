package org.tmfsafety.methodology.checklist;

/** How a question is answered. */
public enum QuestionMode {
    /** By looking on site. */
    VISUAL,
    /** From documents and records. */
    DOCUMENT
}
