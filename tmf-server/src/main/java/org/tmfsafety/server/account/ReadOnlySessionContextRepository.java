package org.tmfsafety.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lets the JSON API see the sign-in of the page session for reading only: GET and HEAD requests take the
 * security context from an existing session (so the map shows a signed-in user what that user may see),
 * while writes never do and still need HTTP Basic or a token. Since a cookie never authorises a write,
 * the API needs no CSRF token. Never creates or changes a session.
 */
class ReadOnlySessionContextRepository implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    ReadOnlySessionContextRepository() {
        session.setAllowSessionCreation(false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (isRead(request)) {
            return session.loadDeferredContext(request);
        }
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return empty;
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return isRead(holder.getRequest()) ? session.loadContext(holder) : SecurityContextHolder.createEmptyContext();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // the API never writes the session
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return isRead(request) && session.containsContext(request);
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

}
