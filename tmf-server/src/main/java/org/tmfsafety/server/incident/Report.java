package org.tmfsafety.server.incident;

import java.time.OffsetDateTime;

/**
 * The content of one report of an incident's notification, drafted or issued: what happened (as the incident said
 * when the report was made) and what follows from the data.
 *
 * @param number 1 for the first report of the incident, then 2, 3, ...
 * @param assistance what is asked for (requests for assistance), or ""
 */
public record Report(int number, ReportType type, String assistance, Subject subject, Facts facts) {

    /** What happened, as the incident said when the report was made. */
    public record Subject(IncidentKind kind, boolean exercise, OffsetDateTime occurredAt, IncidentStatus status,
            Double releaseM3, String substances, String description, String measures, String contact) {

        static Subject of(Incident incident) {
            return new Subject(incident.kind(), incident.exercise(), incident.occurredAt(), incident.status(),
                    incident.releaseM3(), incident.substances(), incident.description(), incident.measures(),
                    incident.contact());
        }
    }
}
