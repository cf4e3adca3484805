package org.tmfsafety.server.assessment;

/** Where an assessment stands. */
public enum AssessmentStatus {
    /** Being answered. */
    DRAFT,
    /** Submitted with its result; no more answers. */
    SUBMITTED,
    /** Approved by an authority; immutable. */
    APPROVED
}
