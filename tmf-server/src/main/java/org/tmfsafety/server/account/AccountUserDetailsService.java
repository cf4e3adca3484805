package org.tmfsafety.server.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException(name));
        String hash = accounts.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return new AccountPrincipal(account, hash);
    }

}
