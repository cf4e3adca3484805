package org.tmfsafety.server.assessment;

/**
 * How urgent a programme measure is. Proposed measures get one from the largest gap among the deficits they remedy
 * (E8: w·(1 − a·c), at most 3): HIGH from 2, MEDIUM from 1, LOW below (a provisional rule); the inspector or authority
 * can change it.
 */
public enum ProgrammePriority {
    HIGH, MEDIUM, LOW;

    /** The priority of a proposed measure with this largest gap (provisional rule). */
    static ProgrammePriority ofGap(double gap) {
        return gap >= 2 ? HIGH : gap >= 1 ? MEDIUM : LOW;
    }
}
