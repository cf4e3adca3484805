package org.tmfsafety.server.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it. */
public final class AccountPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;

    private final String username;

    private final String displayName;

    private final Role role;

    private final Set<Long> organisationIds;

    private final String passwordHash;

    private final boolean enabled;

    private final boolean locked;

    AccountPrincipal(Account account, String passwordHash, boolean locked) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.organisationIds = Set.copyOf(account.organisationIds());
        this.passwordHash = passwordHash;
        this.enabled = account.enabled();
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Set<Long> organisationIds() {
        return organisationIds;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

}
