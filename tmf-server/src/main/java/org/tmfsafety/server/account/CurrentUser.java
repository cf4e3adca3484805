package org.tmfsafety.server.account;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request, if any, and its general rights. Templates use it as
 * {@code @currentUser}; record-level rules (which facility an operator may edit) live with each
 * feature and ask this class for the account's role and organisations.
 */
@Component("currentUser")
public class CurrentUser {

    /** Returns the signed-in account, or empty for an anonymous (public) visitor. */
    public Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** Returns the signed-in account's user name; only for code that runs for signed-in accounts. */
    public String username() {
        return principal().map(AccountPrincipal::getUsername).orElseThrow(
                () -> new IllegalStateException("no account is signed in"));
    }

    /** Returns whether someone is signed in. */
    public boolean isSignedIn() {
        return principal().isPresent();
    }

    /** Returns the signed-in account's role, or empty for the public. */
    public Optional<Role> role() {
        return principal().map(AccountPrincipal::role);
    }

    /** Returns whether the current account has one of the roles. */
    public boolean hasAnyRole(Role... roles) {
        Optional<Role> role = role();
        return role.isPresent() && Set.of(roles).contains(role.get());
    }

    /** Returns whether the account reads and edits all registry data (administrators and authorities). */
    public boolean isRegistryManager() {
        return hasAnyRole(Role.ADMIN, Role.AUTHORITY);
    }

    /** Returns whether the account is an administrator. */
    public boolean isAdmin() {
        return hasAnyRole(Role.ADMIN);
    }

    /** Returns whether the account is an operator. */
    public boolean isOperator() {
        return hasAnyRole(Role.OPERATOR);
    }

    /** Returns whether the account may read every record, published or not. */
    public boolean readsEverything() {
        return hasAnyRole(Role.ADMIN, Role.AUTHORITY, Role.INSPECTOR);
    }

    /** Returns the organisations the account acts for (empty for the public). */
    public Set<Long> organisationIds() {
        return principal().map(AccountPrincipal::organisationIds).orElse(Set.of());
    }

    /**
     * Runs work as the application itself (loading demo data, for instance): with administrator rights,
     * recorded in the audit trail under the given actor name.
     */
    public <T> T asSystem(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        AccountPrincipal principal = new AccountPrincipal(
                new Account(0, actor, actor, null, Role.ADMIN, true, Set.of(), 0), "");
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Returns the display name, or null for the public. */
    public String displayName() {
        return principal().map(AccountPrincipal::displayName).orElse(null);
    }

}
