package org.tmfsafety.server.account;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in, with their lock-out state. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Account account = accounts.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException(name));
        String hash = accounts.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return principal(account, hash);
    }

    AccountPrincipal principal(Account account, String hash) {
        return new AccountPrincipal(account, hash, account.lockedAt(OffsetDateTime.now(clock)));
    }

}
