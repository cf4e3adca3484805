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

    /** The item without its facility (for a reader who may not read that facility). */
    ActionItem withoutFacility() {
        return new ActionItem(id, title, description, assigneeUserId, assigneeUsername, assigneeName,
                assigneeOrganisationId, assigneeOrganisationName, dueDate, status, null, null, decisionId,
                programmeItemId, createdBy, createdAt, completedAt, version);
    }

    /** Whether the item is pending and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return status.isPending() && dueDate != null && dueDate.isBefore(today);
    }
}
