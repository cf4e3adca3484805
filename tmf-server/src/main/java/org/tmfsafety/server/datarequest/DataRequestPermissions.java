package org.tmfsafety.server.datarequest;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;

/**
 * Who may do what with data requests, for the pages and the API alike. Authorities and administrators open them,
 * accept or return answers and close them; inspectors read them all; an operator reads the requests that ask
 * something of one of its organisations, sees only those items, and answers them. The public sees nothing.
 * Used by templates as {@code @dataRequestPermissions}.
 */
@Component("dataRequestPermissions")
public class DataRequestPermissions {

    private final CurrentUser user;

    DataRequestPermissions(CurrentUser user) {
        this.user = user;
    }

    /** Whether the current account opens requests and decides on answers. */
    public boolean canManage() {
        return user.isRegistryManager();
    }

    /** Whether the current account may answer the item: an operator of the organisation asked. */
    public boolean canAnswer(RequestItem item) {
        return user.isOperator() && user.organisationIds().contains(item.organisationId());
    }

    /** The organisations whose items the current account sees, or null for all of them. */
    Set<Long> itemScope() {
        return user.readsEverything() ? null : user.organisationIds();
    }

    void requireOperator() {
        if (!user.isOperator()) {
            throw new AccessDeniedException("only operators answer data requests");
        }
    }

    void requireManage() {
        if (!canManage()) {
            throw new AccessDeniedException("only authorities and administrators manage data requests");
        }
    }
}
