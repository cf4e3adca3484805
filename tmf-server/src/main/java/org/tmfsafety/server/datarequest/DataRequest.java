package org.tmfsafety.server.datarequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A data request campaign: an authority asks the operators of a set of facilities for the facts their ratings lack,
 * by a due date.
 *
 * @param selection how the facilities were chosen
 */
public record DataRequest(long id, String title, String message, LocalDate dueDate, Status status, Selection selection,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime closedAt, int version) {

    /** Whether answers are still taken. */
    public enum Status {
        OPEN, CLOSED
    }

    /** Whether the due date has passed on the given day while the request is open. */
    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueDate);
    }
}
