package org.tmfsafety.server.incident;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a report of an incident gives, in the API and the form.
 *
 * @param exercise whether it is an exercise: the same flow, marked as exercise in every page, report and message
 * @param occurredAt when it happened (the form enters it in the configured time zone)
 * @param releaseM3 the estimated release in cubic metres, or null when not known
 * @param version the version edited (updates only)
 */
public record IncidentInput(@NotNull(message = "{validation.required}") IncidentKind kind,
        @NotNull(message = "{validation.required}") Boolean exercise,
        @NotNull(message = "{validation.required}") OffsetDateTime occurredAt,
        @NotNull(message = "{validation.required}") IncidentStatus status,
        @PositiveOrZero(message = "{validation.notNegative}") Double releaseM3,
        @Size(max = 2000, message = "{validation.tooLong}") String substances,
        @Size(max = 10000, message = "{validation.tooLong}") String description,
        @Size(max = 10000, message = "{validation.tooLong}") String measures,
        @Size(max = 1000, message = "{validation.tooLong}") String contact, Integer version) {

    public IncidentInput {
        substances = strip(substances);
        description = strip(description);
        measures = strip(measures);
        contact = strip(contact);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
