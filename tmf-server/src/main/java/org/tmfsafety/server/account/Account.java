package org.tmfsafety.server.account;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A user account as administrators see it (never with its password hash).
 *
 * @param id database id
 * @param username sign-in name (lower case)
 * @param displayName full name shown in the history of changes
 * @param email contact address, if any
 * @param role what the account may do
 * @param enabled whether it may sign in
 * @param failedLogins consecutive failed sign-ins
 * @param lockedUntil end of the current lock-out, if any
 * @param organisationIds the organisations the account acts for (operators)
 * @param version optimistic-locking version
 */
public record Account(long id, String username, String displayName, String email, Role role, boolean enabled,
        int failedLogins, OffsetDateTime lockedUntil, Set<Long> organisationIds, int version) implements Serializable {

    /** Returns whether a lock-out is in force at the given time. */
    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

}
