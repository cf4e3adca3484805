package org.tmfsafety.server.assessment;

import java.time.LocalDate;

/**
 * A change to a programme measure; fields left null keep their value.
 *
 * @param status the new status
 * @param dueDate the new due date
 * @param responsibleOrganisationId the organisation responsible
 * @param evidence how completion is shown
 * @param comment remarks
 * @param dropReason why it is dropped (required when the status becomes DROPPED)
 * @param version the version the change is based on
 * @param responsibleUserId the person (account) responsible
 * @param priority URGENT, IMPORTANT or ROUTINE
 */
public record ProgrammeUpdate(String status, LocalDate dueDate, Long responsibleOrganisationId, String evidence,
        String comment, String dropReason, Integer version, Long responsibleUserId, String priority) {
}
