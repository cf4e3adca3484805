package org.tmfsafety.server.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds the sign-in outcomes to the {@link LoginThrottle}: every failure is recorded with its client address, a
 * success forgets the failures of that name from that address.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = username(event.getAuthentication());
        String address = address(event.getAuthentication());
        throttle.recordFailure(address, username);
        log.warn("Failed sign-in for '{}' from {}: {}", username, address,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(address(event.getAuthentication()), username(event.getAuthentication()));
    }

    private static String username(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        String name = principal instanceof AccountPrincipal account ? account.getUsername() : String.valueOf(principal);
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : "unknown";
    }

}
