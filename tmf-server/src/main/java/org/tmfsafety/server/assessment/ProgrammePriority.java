package org.tmfsafety.server.assessment;

/**
 * How urgent a programme measure is. Proposed measures get one from the largest gap among the deficits they remedy
 * (E8: w·(1 − a·c), at most 3): URGENT from 2, IMPORTANT from 1, ROUTINE below (a provisional rule); the inspector or
 * authority
 * can change it.
 */
public enum ProgrammePriority {
    URGENT, IMPORTANT, ROUTINE;

    /** The priority of a proposed measure with this largest gap (provisional rule). */
    static ProgrammePriority ofGap(double gap) {
        return gap >= 2 ? URGENT : gap >= 1 ? IMPORTANT : ROUTINE;
    }
}
