package org.tmfsafety.server.incident;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.Facility;

/**
 * Who may do what with incidents and notifications, for the pages and the API alike. Authorities, administrators
 * and inspectors read and report incidents at every facility, an operator at its own; only authorities and
 * administrators review and issue notifications to other countries and keep the list of points of contact, which
 * inspectors read too. The public sees nothing but the acknowledgement page a recipient's link opens. Used by
 * templates as {@code @incidentPermissions}.
 */
@Component("incidentPermissions")
public class IncidentPermissions {

    private final CurrentUser user;

    IncidentPermissions(CurrentUser user) {
        this.user = user;
    }

    /** Whether the current account may read the incidents of the facility (and so see the facility at all). */
    public boolean canRead(Facility facility) {
        return user.isSignedIn() && (user.readsEverything() || ownOperator(facility));
    }

    /** Whether the current account may report an incident at the facility, or change one of its incidents. */
    public boolean canReport(Facility facility) {
        return !facility.archived() && canRead(facility);
    }

    /** Whether the current account reviews and issues notifications to the points of contact. */
    public boolean canNotify() {
        return user.isRegistryManager();
    }

    /** Whether the current account reads the points of contact. */
    public boolean canReadContacts() {
        return user.isSignedIn() && user.readsEverything();
    }

    /** Whether the current account keeps the points of contact. */
    public boolean canManageContacts() {
        return user.isRegistryManager();
    }

    /** Whether the current account lists incidents at all (every account but the public). */
    public boolean canList() {
        return user.isSignedIn();
    }

    /** The operator organisations whose incidents the current account lists, or null for all. */
    java.util.Set<Long> scope() {
        return user.readsEverything() ? null : user.organisationIds();
    }

    void requireReport(Facility facility) {
        if (!canReport(facility)) {
            throw new AccessDeniedException("not allowed to report incidents at facility " + facility.code());
        }
    }

    void requireNotify() {
        if (!canNotify()) {
            throw new AccessDeniedException("only authorities and administrators issue notifications");
        }
    }

    void requireReadContacts() {
        if (!canReadContacts()) {
            throw new AccessDeniedException("not allowed to read the points of contact");
        }
    }

    void requireManageContacts() {
        if (!canManageContacts()) {
            throw new AccessDeniedException("only authorities and administrators keep the points of contact");
        }
    }

    void requireList() {
        if (!canList()) {
            throw new AccessDeniedException("sign in to read incidents");
        }
    }

    private boolean ownOperator(Facility facility) {
        return user.isOperator() && facility.operatorId() != null && user.organisationIds().contains(facility.operatorId());
    }
}
