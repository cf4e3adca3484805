package org.tmfsafety.server.assessment;

import java.time.LocalDate;

/**
 * One measure of a facility's safety improvement programme.
 *
 * @param id its id
 * @param facilityId the facility
 * @param assessmentId the assessment it came from, or null
 * @param measureId the catalogue measure, or null for a custom measure
 * @param title the measure's title in the requested language (or the custom title)
 * @param term SHORT, MEDIUM or LONG
 * @param responsibleOrganisationId the organisation responsible, or null
 * @param dueDate when it is due, or null
 * @param status PLANNED, IN_PROGRESS, DONE, VERIFIED or DROPPED
 * @param dropReason why it was dropped, or null
 * @param evidence how completion is shown, or null
 * @param comment remarks, or null
 * @param overdue whether it is due before today and not done
 * @param version for optimistic locking
 * @param responsibleUserId the person (account) responsible, or null
 * @param responsibleUserName that person's display name, or null
 * @param priority URGENT, IMPORTANT or ROUTINE, or null when not set (measures taken before priorities were kept)
 */
public record ProgrammeItem(long id, long facilityId, Long assessmentId, String measureId, String title, String term,
        Long responsibleOrganisationId, LocalDate dueDate, ProgrammeStatus status, String dropReason, String evidence,
        String comment, boolean overdue, int version, Long responsibleUserId, String responsibleUserName,
        ProgrammePriority priority) {
}
