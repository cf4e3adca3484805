package org.tmfsafety.server.account;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;

/** Creates and changes accounts; every change is validated, audited and protected by optimistic locking. */
@Service
public class AccountService {

    static final String AUDIT_TYPE = "account";

    private final AccountRepository accounts;

    private final OrganisationRepository organisations;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy policy;

    private final SmartValidator beanValidator;

    private final AuditLog audit;

    private final AccountSessions sessions;

    private final LoginThrottle throttle;

    AccountService(AccountRepository accounts, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, SmartValidator beanValidator, AuditLog audit, AccountSessions sessions,
            LoginThrottle throttle) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.beanValidator = beanValidator;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** Adds all errors of an account input to {@code errors}; {@code existing} is null for a new account. */
    public void validate(AccountInput input, Account existing, Errors errors) {
        input.normalize();
        beanValidator.validate(input, errors);
        if (input.getUsername() != null && !errors.hasFieldErrors("username")
                && accounts.usernameTaken(input.getUsername(), existing == null ? null : existing.id())) {
            errors.rejectValue("username", "account.username.taken");
        }
        if (existing != null && !input.getUsername().equals(existing.username())) {
            errors.rejectValue("username", "account.username.fixed");
        }
        if (existing == null || input.getPassword() != null) {
            policy.check(input.getPassword(), input.getUsername(), errors, "password");
        }
        for (Long organisationId : input.getOrganisationIds()) {
            if (!organisations.exists(organisationId)) {
                errors.rejectValue("organisationIds", "facility.organisation.unknown",
                        new Object[] { String.valueOf(organisationId) }, null);
            }
        }
        if (input.getRole() == Role.OPERATOR && input.getOrganisationIds().isEmpty()) {
            errors.rejectValue("organisationIds", "account.operator.needsOrganisation");
        }
        if (existing != null && input.getVersion() == null) {
            errors.rejectValue("version", "facility.version.required");
        }
    }

    /** Creates an account. */
    @Transactional
    public Account create(AccountInput input) {
        requireValid(input, null);
        long id = accounts.insert(input, passwordEncoder.encode(input.getPassword()));
        Account created = accounts.findById(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, created);
        return created;
    }

    /**
     * Changes an account; a new password is set only when one is given. Disabling the account, changing its role or
     * organisations, or setting a new password ends all of its sessions.
     */
    @Transactional
    public Account update(long id, AccountInput input) {
        Account current = find(id);
        requireValid(input, current);
        if (!accounts.update(id, input.getVersion(), input)) {
            throw new EditConflictException("problem.conflict.account", input.getVersion(), find(id).version());
        }
        if (input.getPassword() != null) {
            accounts.setPassword(id, passwordEncoder.encode(input.getPassword()));
        }
        Account changed = find(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, current, changed);
        if (!changed.enabled() || changed.role() != current.role()
                || !changed.organisationIds().equals(current.organisationIds()) || input.getPassword() != null) {
            sessions.endAll(changed.username());
        }
        return changed;
    }

    /** Forgets an account's failed sign-ins from every address, so that none of them is throttled any more. */
    public void clearSignInFailures(long id) {
        throttle.clear(find(id).username());
    }

    /**
     * Changes the signed-in user's own password after checking the current one, and ends all sessions of the
     * account, this one included: whoever knew the old password is signed out everywhere.
     * @return whether it was changed; otherwise {@code errors} says why
     */
    @Transactional
    public boolean changeOwnPassword(long id, String currentPassword, String newPassword, String confirmation,
            Errors errors) {
        Account account = find(id);
        String hash = accounts.passwordHash(account.username()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            errors.rejectValue("currentPassword", "account.password.wrong");
        }
        policy.check(newPassword, account.username(), errors, "newPassword");
        if (newPassword != null && !newPassword.equals(confirmation)) {
            errors.rejectValue("confirmation", "account.password.mismatch");
        }
        if (errors.hasErrors()) {
            return false;
        }
        accounts.setPassword(id, passwordEncoder.encode(newPassword));
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, account, find(id));
        sessions.endAll(account.username());
        return true;
    }

    /**
     * Creates one of the documented demonstration accounts with its fixed password, bypassing the
     * password policy. Only the demo data loader calls this, and only on the embedded demo default.
     */
    @Transactional
    public void createDemoAccount(String username, String displayName, Role role, Set<Long> organisationIds,
            String password) {
        AccountInput input = new AccountInput();
        input.setUsername(username);
        input.setDisplayName(displayName);
        input.setRole(role);
        input.setOrganisationIds(organisationIds);
        long id = accounts.insert(input.normalize(), passwordEncoder.encode(password));
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, find(id));
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("problem.notFound.account", String.valueOf(id));
    }

    private void requireValid(AccountInput input, Account existing) {
        Errors errors = new BeanPropertyBindingResult(input, "account");
        validate(input, existing, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

}
