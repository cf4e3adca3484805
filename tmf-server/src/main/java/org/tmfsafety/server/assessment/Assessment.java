package org.tmfsafety.server.assessment;

import java.time.OffsetDateTime;
import java.util.List;

import org.tmfsafety.methodology.checklist.Family;
import org.tmfsafety.methodology.profile.ProfileId;

/**
 * An assessment as the API returns it.
 *
 * @param id its id
 * @param facilityId the facility assessed
 * @param template the checklist template and version it uses
 * @param family the questionnaire
 * @param status DRAFT, SUBMITTED or APPROVED
 * @param startedBy who started it
 * @param startedAt when
 * @param submittedBy who submitted it, or null
 * @param submittedAt when, or null
 * @param answers the answers given so far
 * @param answered how many questions have an answer
 * @param questions how many questions the family has
 * @param version for optimistic locking
 */
public record Assessment(long id, long facilityId, ProfileId template, Family family, AssessmentStatus status,
        String startedBy, OffsetDateTime startedAt, String submittedBy, OffsetDateTime submittedAt,
        List<AnswerInput> answers, int answered, int questions, int version, Long previousAssessmentId) {
}
