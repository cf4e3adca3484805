package org.tmfsafety.methodology.checklist;

/** How the answer is supported; weaker evidence lowers what an answer counts for. */
public enum Evidence {
    /** Shown in documents. */
    DOCUMENTED,
    /** Seen on site by the assessor. */
    OBSERVED,
    /** Only stated by the operator. */
    STATED_ONLY
}
