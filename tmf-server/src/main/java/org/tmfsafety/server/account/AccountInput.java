package org.tmfsafety.server.account;

import static org.tmfsafety.server.system.Texts.blankToNull;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator submits to create or change an account. */
public class AccountInput {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String displayName;

    @Email(message = "{account.email.invalid}")
    @Size(max = 320, message = "{validation.tooLong}")
    private String email;

    @NotNull(message = "{validation.required}")
    private Role role;

    private boolean enabled = true;

    private Set<Long> organisationIds = new LinkedHashSet<>();

    /** Only when creating an account, or to set a new password. */
    private String password;

    private Integer version;

    /** Returns an input pre-filled with an account's values, for editing. */
    public static AccountInput of(Account account) {
        AccountInput input = new AccountInput();
        input.username = account.username();
        input.displayName = account.displayName();
        input.email = account.email();
        input.role = account.role();
        input.enabled = account.enabled();
        input.organisationIds = new LinkedHashSet<>(account.organisationIds());
        input.version = account.version();
        return input;
    }

    /** Trims text and lower-cases the username. */
    public AccountInput normalize() {
        username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? null : displayName.strip();
        email = blankToNull(email);
        password = password == null || password.isEmpty() ? null : password;
        if (organisationIds == null) {
            organisationIds = new LinkedHashSet<>();
        }
        return this;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(Set<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

}
