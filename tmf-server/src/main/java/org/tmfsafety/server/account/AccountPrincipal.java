package org.tmfsafety.server.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it. The password hash is there only while the password is checked;
 * Spring Security erases it afterwards, so that sessions never carry it.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;

    private final String username;

    private final String displayName;

    private final Role role;

    private final Set<Long> organisationIds;

    private String passwordHash;

    private final boolean enabled;

    AccountPrincipal(Account account, String passwordHash) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.organisationIds = Set.copyOf(account.organisationIds());
        this.passwordHash = passwordHash;
        this.enabled = account.enabled();
    }

    /** Returns whether this principal still describes the account as it is now: enabled, same role and organisations. */
    boolean describes(Account account) {
        return account.id() == id && account.enabled() && enabled && account.username().equals(username)
                && account.role() == role && account.organisationIds().equals(organisationIds)
                && Objects.equals(account.displayName(), displayName);
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
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

}
