package org.tmfsafety.server.exchange;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.account.Role;

/**
 * Who may do what with incoming notifications (pages and API alike). Neighbours are administered by administrators
 * (the security configuration's rule for {@code /admin/**} and {@code /api/v1/exchange/neighbours}); what was pulled
 * from neighbours is their published data and public here too.
 */
@Component("exchangePermissions")
public class ExchangePermissions {

    private final CurrentUser user;

    ExchangePermissions(CurrentUser user) {
        this.user = user;
    }

    /** Inspectors, authorities and administrators read incoming notifications; operators do not. */
    public boolean canReadNotifications() {
        return user.hasAnyRole(Role.INSPECTOR, Role.AUTHORITY, Role.ADMIN);
    }

    /** Authorities and administrators acknowledge them. */
    public boolean canAcknowledge() {
        return user.hasAnyRole(Role.AUTHORITY, Role.ADMIN);
    }

    void requireReadNotifications() {
        if (!canReadNotifications()) {
            throw new AccessDeniedException("only inspectors, authorities and administrators read incoming notifications");
        }
    }

    void requireAcknowledge() {
        if (!canAcknowledge()) {
            throw new AccessDeniedException("only authorities and administrators acknowledge incoming notifications");
        }
    }
}
