package org.tmfsafety.server.account;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.tmfsafety.server.system.ProblemWriter;

/**
 * Refuses state-changing API requests that a browser marks as sent by another site. API writes take HTTP Basic
 * credentials or tokens, never the session cookie; but a browser that has cached Basic credentials for this server
 * would attach them to a form that another site makes it post here. Browsers say where a request comes from:
 * {@code Sec-Fetch-Site} (every current browser) and {@code Origin} (on every cross-origin POST, PUT, PATCH and
 * DELETE). A write whose {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}, or whose {@code Origin} is
 * not this server's, is answered 403 before any credentials are looked at. Programs that are not browsers send
 * neither header and are not affected.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemWriter problems;

    CrossSiteWriteFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            problems.write(request, response, 403, "cross-site", "problem.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Returns whether a browser marked the request as coming from another site than this server. */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                return true;
            }
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin.strip(), request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
        return uri.getScheme().equalsIgnoreCase(request.getScheme()) && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

}
