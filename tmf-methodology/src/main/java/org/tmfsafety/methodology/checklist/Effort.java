package org.tmfsafety.methodology.checklist;

/** The indicative effort (cost and work) of a measure. */
public enum Effort {
    LOW, MEDIUM, HIGH
}
