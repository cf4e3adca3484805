package org.tmfsafety.server.incident;

/**
 * The three report types of the UNECE Industrial Accident Notification (IAN) System (labels
 * {@code incident.report.type.*}): an early warning when an accident may have transboundary effects, information
 * as the situation develops, and a request for assistance.
 */
public enum ReportType {
    EARLY_WARNING, INFORMATION, REQUEST_FOR_ASSISTANCE
}
