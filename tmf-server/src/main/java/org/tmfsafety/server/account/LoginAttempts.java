package org.tmfsafety.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and locks the account for a while after too many in a row
 * (default 5 failures, 15 minutes). A successful sign-in resets the count.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AccountRepository accounts;

    private final LoginThrottle throttle;

    private final Clock clock;

    private final int maxFailures;

    private final Duration lockDuration;

    LoginAttempts(AccountRepository accounts, LoginThrottle throttle, Clock clock,
            @Value("${tmf.security.lockout.max-failures:5}") int maxFailures,
            @Value("${tmf.security.lockout.duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(username(event), maxFailures, OffsetDateTime.now(clock).plus(lockDuration));
    }

    @EventListener
    void onAnyFailure(AbstractAuthenticationFailureEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        throttle.recordFailure(address, username(event));
        log.warn("Failed sign-in for '{}' from {}: {}", username(event), address,
                event.getException().getClass().getSimpleName());
    }

    private static String username(AbstractAuthenticationFailureEvent event) {
        return String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(Locale.ROOT);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.resetFailures(event.getAuthentication().getName());
    }

}
