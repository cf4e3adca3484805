package org.tmfsafety.server.accident;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;

/**
 * Who may do what with the accident database: everyone reads it (it is public knowledge, curated from public
 * sources); administrators and authorities import failure lists.
 */
@Component
public class AccidentPermissions {

    private final CurrentUser user;

    AccidentPermissions(CurrentUser user) {
        this.user = user;
    }

    /** Whether the current user may import failure lists. */
    public boolean canImport() {
        return user.isRegistryManager();
    }

    void requireImport() {
        if (!canImport()) {
            throw new AccessDeniedException("Not allowed to import accidents");
        }
    }
}
