package org.tmfsafety.server.datarequest;

import java.time.OffsetDateTime;

import org.tmfsafety.server.system.LocalizedName;

/**
 * One field asked of one facility, and its answer: a proposal until an authority accepts it into the registry or
 * returns it with a reason.
 *
 * @param organisationId the operator organisation asked (the facility's operator when the request was opened)
 * @param answer the proposed value in exchange form ({@link AskableFields}), or null
 * @param seenValue the registry's value when the answer was given (exchange form), or null for none
 */
public record RequestItem(long id, long requestId, long facilityId, String facilityCode, LocalizedName facilityName,
        long organisationId, LocalizedName organisationName, String field, Status status, String answer, String source,
        String seenValue, String answeredBy, OffsetDateTime answeredAt, String decidedBy, OffsetDateTime decidedAt,
        String reason, int version) {

    /** Where the item stands. */
    public enum Status {
        /** Not answered yet. */
        ASKED,
        /** Answered; waits for an authority. */
        ANSWERED,
        /** Written into the registry. */
        ACCEPTED,
        /** Sent back to the operator with a reason; to be answered again. */
        RETURNED;

        /** Whether the operator still has to answer. */
        public boolean open() {
            return this == ASKED || this == RETURNED;
        }
    }

    /** Whether the operator may (still) answer: not yet accepted. */
    boolean answerable() {
        return status != Status.ACCEPTED;
    }
}
