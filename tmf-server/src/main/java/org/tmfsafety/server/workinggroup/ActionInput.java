package org.tmfsafety.server.workinggroup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the action form and {@code POST/PUT /api/v1/working-group/actions} submit.
 *
 * @param assignee the assignee's user name (or null when the item goes to an organisation)
 * @param version the version edited (updates only)
 */
public record ActionInput(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @Size(max = 5000, message = "{validation.tooLong}") String description, String assignee,
        Long organisationId, LocalDate dueDate, Long facilityId, Long decisionId, Long programmeItemId,
        ActionStatus status, Integer version) {
}
