package org.tmfsafety.server.account;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every request act on the account as it is now, not as it was when the session signed in: the account is
 * read again by its id. A disabled or removed account is signed out (its session ended, the request goes on as the
 * public); a changed role, organisation list or name replaces the session's picture of the account for this
 * request. {@link AccountService} also ends all sessions of an account whose rights or password change; this
 * filter closes the window of a request already under way at that moment, and any change made outside the
 * application.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    private final RequestMatcher skipped;

    /** Checks every request but those for the given paths (static resources, which read no account). */
    CurrentAccountFilter(AccountRepository accounts, String... skippedPaths) {
        this.accounts = accounts;
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        this.skipped = skippedPaths.length == 0 ? request -> false
                : new OrRequestMatcher(Stream.of(skippedPaths).map(paths::matcher).toList());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return skipped.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal signedIn) {
            Optional<Account> now = accounts.findById(signedIn.id());
            if (now.isEmpty() || !now.get().enabled() || !now.get().username().equals(signedIn.getUsername())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            else if (!signedIn.describes(now.get())) {
                AccountPrincipal current = new AccountPrincipal(now.get(), null);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null,
                        current.getAuthorities()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

}
