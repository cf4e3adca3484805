package org.tmfsafety.server.incident;

import java.time.OffsetDateTime;

import org.tmfsafety.server.system.LocalizedName;

/**
 * An incident at a facility, or an exercise of the same flow.
 *
 * @param releaseM3 the estimated release in cubic metres, or null when not known
 * @param accidentId the accident record made of it when it was closed, or null
 */
public record Incident(long id, long facilityId, String facilityCode, LocalizedName facilityName, IncidentKind kind,
        boolean exercise, OffsetDateTime occurredAt, IncidentStatus status, Double releaseM3, String substances,
        String description, String measures, String contact, Long accidentId, String reportedBy,
        OffsetDateTime reportedAt, OffsetDateTime updatedAt, int version, int reports) {
}
