package org.tmfsafety.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates no default password: when no administrator exists, a random one-time set-up token is
 * written to the log at start-up, and whoever holds it can create the first administrator at
 * {@code /setup}. The token is kept in memory only and dies with the first administrator.
 */
@Component
class InitialAdministrator {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountRepository accounts;

    private volatile byte[] tokenHash;

    InitialAdministrator(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerSetup() {
        if (accounts.anyAdministrator()) {
            return;
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokenHash = ApiTokens.hash(token).getBytes(StandardCharsets.US_ASCII);
        log.warn("""

                ******************************************************************************
                 No administrator account exists. Open /setup on this server and enter the
                 one-time set-up token below to create the first administrator:
                   {}
                ******************************************************************************""", token);
    }

    /** Returns whether set-up is still possible. */
    boolean isOpen() {
        return tokenHash != null && !accounts.anyAdministrator();
    }

    /** Returns whether the token is the current set-up token (compared in constant time). */
    boolean matches(String token) {
        byte[] expected = tokenHash;
        return expected != null && token != null
                && MessageDigest.isEqual(expected, ApiTokens.hash(token.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    /** Closes set-up once the first administrator exists. */
    void close() {
        tokenHash = null;
    }

}
