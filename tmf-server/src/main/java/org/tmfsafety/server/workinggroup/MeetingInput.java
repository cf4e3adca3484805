package org.tmfsafety.server.workinggroup;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the meeting form submits (status, minutes and version only when editing). */
public record MeetingInput(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") OffsetDateTime startsAt,
        @Size(max = 300, message = "{validation.tooLong}") String place,
        @Size(max = 1000, message = "{validation.tooLong}") String onlineUrl,
        @Size(max = 20000, message = "{validation.tooLong}") String agenda,
        @Size(max = 100000, message = "{validation.tooLong}") String minutes, MeetingStatus status, Integer version) {
}
