package org.tmfsafety.server.workinggroup;

/** The state of a meeting. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
