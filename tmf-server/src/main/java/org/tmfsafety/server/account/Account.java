package org.tmfsafety.server.account;

import java.io.Serializable;
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
 * @param organisationIds the organisations the account acts for (operators)
 * @param version optimistic-locking version
 */
public record Account(long id, String username, String displayName, String email, Role role, boolean enabled,
        Set<Long> organisationIds, int version) implements Serializable {
}
