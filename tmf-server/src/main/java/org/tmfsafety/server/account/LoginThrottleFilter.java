package org.tmfsafety.server.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts (form login posts and API requests with credentials) from an address that
 * has failed too often, with 429 and a Retry-After header, before any password is checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    private final TooManyAttemptsResponder responder;

    LoginThrottleFilter(LoginThrottle throttle, TooManyAttemptsResponder responder) {
        this.throttle = throttle;
        this.responder = responder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null) {
            long wait = throttle.secondsUntilAllowed(request.getRemoteAddr(), username);
            if (wait > 0) {
                responder.respond(request, response, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Returns the user name a request tries to sign in with, or null when it is no sign-in attempt. */
    static String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return (colon < 0 ? decoded : decoded.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
            }
            catch (IllegalArgumentException e) {
                return "";
            }
        }
        return null;
    }

}
