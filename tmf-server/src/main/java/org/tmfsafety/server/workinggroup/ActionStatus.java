package org.tmfsafety.server.workinggroup;

/** The state of an action item. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    /** Whether the item still needs work (and can be overdue). */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
