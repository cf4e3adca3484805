package org.tmfsafety.server.incident;

/** Where the response stands (labels {@code incident.status.*}). */
public enum IncidentStatus {
    /** The release or the danger goes on. */
    ONGOING,
    /** The release is stopped or contained; effects may still travel downstream. */
    CONTROLLED,
    /** The incident is over; no more reports follow. */
    CLOSED
}
