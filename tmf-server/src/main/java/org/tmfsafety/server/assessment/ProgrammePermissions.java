package org.tmfsafety.server.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.system.StateConflictException;

/**
 * How the status of a programme measure may move, by role, for the API and the pages alike (those who may change the
 * facility's programme at all are decided by {@link AssessmentPermissions}). Before verification everyone who may
 * change the programme moves a measure between planned, in progress, done and dropped; inspectors, authorities and
 * administrators verify a done measure; once verified, only an authority or an administrator changes it (its status
 * or any other field). The table is in docs/security.md. Used by templates as {@code @programmePermissions}.
 */
@Component("programmePermissions")
public class ProgrammePermissions {

    private static final Set<ProgrammeStatus> BEFORE_VERIFICATION = EnumSet.of(ProgrammeStatus.PLANNED,
            ProgrammeStatus.IN_PROGRESS, ProgrammeStatus.DONE, ProgrammeStatus.DROPPED);

    private final CurrentUser user;

    ProgrammePermissions(CurrentUser user) {
        this.user = user;
    }

    /**
     * The statuses the current account may give a measure that now has the given status, that status included when
     * it may change the measure's other fields; empty when it may not change the measure at all.
     */
    public Set<ProgrammeStatus> targets(ProgrammeStatus from) {
        if (from == ProgrammeStatus.VERIFIED) {
            return user.isRegistryManager() ? EnumSet.allOf(ProgrammeStatus.class) : EnumSet.noneOf(ProgrammeStatus.class);
        }
        Set<ProgrammeStatus> targets = EnumSet.copyOf(BEFORE_VERIFICATION);
        if (from == ProgrammeStatus.DONE && mayVerify()) {
            targets.add(ProgrammeStatus.VERIFIED);
        }
        return targets;
    }

    /** Whether the current account may change a measure that now has the given status. */
    public boolean mayChange(ProgrammeStatus status) {
        return !targets(status).isEmpty();
    }

    /**
     * Checks that the current account may change the measure from one status to another (the same one for a change
     * of other fields only).
     *
     * @throws AccessDeniedException for an operator verifying (403)
     * @throws StateConflictException for a change of a verified measure by anyone but an authority or administrator,
     *         and for verifying a measure that is not done (409)
     */
    void requireChange(long itemId, ProgrammeStatus from, ProgrammeStatus to) {
        if (targets(from).contains(to)) {
            return;
        }
        if (from == ProgrammeStatus.VERIFIED) {
            throw new StateConflictException("programme.verified.locked", String.valueOf(itemId));
        }
        if (!mayVerify()) {
            throw new AccessDeniedException("Only inspectors, authorities and administrators verify measures");
        }
        throw new StateConflictException("programme.verify.notDone", String.valueOf(itemId));
    }

    /** Whether the current account may verify done measures (not an operator). */
    private boolean mayVerify() {
        return user.hasAnyRole(Role.ADMIN, Role.AUTHORITY, Role.INSPECTOR);
    }
}
