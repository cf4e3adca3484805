package org.tmfsafety.server.datarequest;

import org.tmfsafety.server.system.LocalizedName;

/**
 * How far one operator (or a whole request) is: items asked, answered and waiting for an authority, accepted,
 * returned, and still to be answered after the due date.
 */
public record Progress(long organisationId, LocalizedName organisationName, long asked, long answered, long accepted,
        long returned, long overdue) {

    /** Items still to be answered: asked and not answered, or returned. */
    public long open() {
        return asked - answered - accepted;
    }

    /** The share of items answered or accepted, in percent, rounded down. */
    public int answeredPercent() {
        return asked == 0 ? 0 : (int) ((answered + accepted) * 100 / asked);
    }
}
