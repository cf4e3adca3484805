package org.tmfsafety.server.workinggroup;

/** A member's role in the working group; the chair and the secretary run it. */
public enum GroupRole {
    CHAIR, SECRETARY, MEMBER, EXPERT, OBSERVER;

    /** Whether members with this role schedule meetings, record decisions and assign actions. */
    public boolean runsTheGroup() {
        return this == CHAIR || this == SECRETARY;
    }
}
