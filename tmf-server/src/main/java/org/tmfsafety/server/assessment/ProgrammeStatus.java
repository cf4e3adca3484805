package org.tmfsafety.server.assessment;

/** Where a programme measure stands. */
public enum ProgrammeStatus {
    PLANNED, IN_PROGRESS, DONE, VERIFIED, DROPPED;

    /** Whether the measure still has to be done (and can be overdue). */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
