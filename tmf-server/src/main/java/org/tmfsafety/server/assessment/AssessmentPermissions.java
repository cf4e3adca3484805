package org.tmfsafety.server.assessment;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;

/**
 * Who may read and change assessments, their attachments and the safety improvement programmes, for the API, the
 * pages and the dashboard alike. Inspectors, authorities and administrators read and assess those of every facility;
 * an operator those of the facilities its organisations operate, published or not; the public none. Authorities and
 * administrators approve assessments. How a programme measure's status may move is in {@link ProgrammePermissions}.
 * Used by templates as {@code @assessmentPermissions}.
 */
@Component("assessmentPermissions")
public class AssessmentPermissions {

    private final CurrentUser user;

    private final FacilityPermissions facilities;

    private final AssessmentRepository assessments;

    AssessmentPermissions(CurrentUser user, FacilityPermissions facilities, AssessmentRepository assessments) {
        this.user = user;
        this.facilities = facilities;
        this.assessments = assessments;
    }

    /**
     * The facilities whose assessments and programme a reader may read.
     *
     * @param all every facility's
     * @param operatorIds otherwise: those of the facilities operated by these organisations (none when empty)
     */
    public record Scope(boolean all, Set<Long> operatorIds) {

        /** Every facility's (registry readers, and jobs that compute national figures). */
        public static final Scope ALL = new Scope(true, Set.of());

        /** Whether the facility's assessments and programme are in the scope. */
        public boolean includes(Facility facility) {
            return all || facility.operator() != null && operatorIds.contains(facility.operator().id());
        }
    }

    /** Whose assessments and programmes the current account may read. */
    public Scope scope() {
        if (user.readsEverything()) {
            return Scope.ALL;
        }
        return new Scope(false, user.isOperator() ? user.organisationIds() : Set.of());
    }

    /**
     * Whether the current account may read the facility's assessments, their attachments and its programme: only of a
     * facility it may see (an archived one: authorities and administrators).
     */
    public boolean mayRead(Facility facility) {
        return facilities.canRead(facility) && scope().includes(facility);
    }

    /**
     * The facilities among the given ones whose assessments and programme the current account may read, in their
     * order: what the dashboard counts assessments and measures over.
     */
    public List<Long> readable(List<Long> facilityIds) {
        Scope scope = scope();
        if (scope.all()) {
            return facilityIds;
        }
        if (scope.operatorIds().isEmpty() || facilityIds.isEmpty()) {
            return List.of();
        }
        return assessments.facilitiesOperatedBy(facilityIds, scope.operatorIds());
    }

    /** Whether the current account may start and answer assessments of the facility and change its programme. */
    public boolean mayAssess(Facility facility) {
        return user.hasAnyRole(Role.ADMIN, Role.AUTHORITY, Role.INSPECTOR) && facilities.canRead(facility)
                || user.isOperator() && facilities.canEdit(facility);
    }

    /** Whether the current account may approve assessments. */
    public boolean mayApprove() {
        return user.isRegistryManager();
    }
}
