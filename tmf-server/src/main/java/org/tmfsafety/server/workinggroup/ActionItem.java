package org.tmfsafety.server.workinggroup;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An action item of the working group: assigned to a user or an organisation (or both), due on a date, linked to a
 * facility, a decision or a measure of a safety programme.
 */
public record ActionItem(long id, String title, String description, Long assigneeUserId, String assigneeUsername,
        String assigneeName, Long assigneeOrganisationId, String assigneeOrganisationName, LocalDate dueDate,
        ActionStatus status, Long facilityId, String facilityCode, Long decisionId, Long programmeItemId,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime completedAt, int version) {

    /** Whether the item is pending and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return status.isPending() && dueDate != null && dueDate.isBefore(today);
    }
}
