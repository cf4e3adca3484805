package org.tmfsafety.server.convention;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;

/**
 * Who may do what with convention reporting, for the pages and the API alike. Authorities, administrators and
 * inspectors read the national list and every facility's conventions, an operator those of its own facilities (the
 * national list then shows only them). Annex I quantities are recorded by authorities and administrators for every
 * facility and by an operator for its own (it knows what it stores); that a country was informed of a hazardous
 * activity is recorded only by authorities and administrators, who inform it. Nothing changes at an archived facility.
 * Used by templates as {@code @conventionPermissions}.
 */
@Component("conventionPermissions")
public class ConventionPermissions {

    private final CurrentUser user;

    private final FacilityPermissions facilities;

    ConventionPermissions(CurrentUser user, FacilityPermissions facilities) {
        this.user = user;
        this.facilities = facilities;
    }

    /** Whether the current account lists convention reporting at all (every account but the public). */
    public boolean canList() {
        return user.isSignedIn();
    }

    /** Whether the current account reads the conventions of the facility. */
    public boolean canRead(Facility facility) {
        return user.isSignedIn() && facilities.canRead(facility) && facilities.seesInternalFields(facility);
    }

    /** Whether the current account records the facility's Annex I quantities. */
    public boolean canRecordQuantities(Facility facility) {
        return !facility.archived() && canRead(facility) && (user.isRegistryManager() || user.isOperator());
    }

    /** Whether the current account records that a country was informed of the facility's hazardous activity. */
    public boolean canRecordNotices(Facility facility) {
        return !facility.archived() && canRead(facility) && user.isRegistryManager();
    }

    FacilityPermissions.FacilityScope scope() {
        return facilities.scope();
    }

    void requireList() {
        if (!canList()) {
            throw new AccessDeniedException("convention reporting is for signed-in accounts");
        }
    }

    void requireQuantities(Facility facility) {
        if (!canRecordQuantities(facility)) {
            throw new AccessDeniedException("not allowed to record Annex I quantities at facility " + facility.code());
        }
    }

    void requireNotices(Facility facility) {
        if (!canRecordNotices(facility)) {
            throw new AccessDeniedException("only authorities and administrators record that a country was informed");
        }
    }
}
