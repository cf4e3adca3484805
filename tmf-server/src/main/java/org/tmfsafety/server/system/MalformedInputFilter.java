package org.tmfsafety.server.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses malformed request input before anything reads it: a NUL character (U+0000) in the name or value of a
 * parameter (query string, form and multipart fields), percent-encoding that is not UTF-8, and a multipart body that
 * cannot be read (no boundary, a NUL in a file name, cut short). PostgreSQL cannot store a NUL in text, and the
 * servlet container refuses to decode such parameters, so without this check the request would fail deep inside
 * with a 500. It runs ahead of the security filters, which read parameters too (sign-in, CSRF token). The answer is a 400 naming the parameter in the client's language: a problem detail for the
 * JSON API and for clients that ask for JSON, the error page otherwise. JSON bodies are checked while they are read
 * ({@link JsonTextModule}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedInputFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedInputFilter.class);

    /** The request attribute that marks a refused request for its error page. */
    private static final String REFUSED = MalformedInputFilter.class.getName() + ".refused";

    private final ProblemWriter problems;

    private final MessageSource messages;

    private final LocaleResolver locales;

    MalformedInputFilter(ProblemWriter problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    /** Returns whether a text contains the NUL character, which the server refuses in any input. */
    static boolean containsNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /**
     * What is malformed.
     *
     * @param parameter the parameter's name, or null for the request body as a whole
     * @param messageKey the message saying why
     * @param status the HTTP status of the answer: 400, or 413 when the container refused a body as too large
     */
    private record Rejection(String parameter, String messageKey, int status) {
    }

    /** Also filters the error page's dispatch, to hide the input of a refused request from it. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request.getAttribute(REFUSED) != null ? new WithoutInput(request) : request, response);
            return;
        }
        Rejection rejection = check(request);
        if (rejection == null) {
            chain.doFilter(request, response);
            return;
        }
        log.debug("Refused {} {}: {} in {}", request.getMethod(), request.getRequestURI(), rejection.messageKey(),
                rejection.parameter());
        if (answersJson(request)) {
            if (rejection.status() == HttpServletResponse.SC_BAD_REQUEST) {
                Locale locale = locales.resolveLocale(request);
                problems.writeInvalidInput(request, response, List.of(new Problem.FieldMessage(rejection.parameter(),
                        messages.getMessage(rejection.messageKey(), null, locale))));
            }
            else {
                problems.write(request, response, rejection.status(), "http-" + rejection.status(), "problem.tooLarge");
            }
            return;
        }
        request.setAttribute(REFUSED, rejection);
        response.sendError(rejection.status());
    }

    private static Rejection check(HttpServletRequest request) {
        Rejection query = checkQuery(request.getQueryString());
        if (query != null) {
            return query;
        }
        boolean multipart = MediaType.MULTIPART_FORM_DATA_VALUE.regionMatches(true, 0,
                String.valueOf(request.getContentType()), 0, MediaType.MULTIPART_FORM_DATA_VALUE.length());
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        }
        catch (InvalidParameterException e) {
            return new Rejection(null, multipart ? "validation.multipart" : "validation.encoding", e.getErrorCode());
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (containsNul(parameter.getKey())
                    || Arrays.stream(parameter.getValue()).anyMatch(MalformedInputFilter::containsNul)) {
                return new Rejection(parameter.getKey(), "validation.nul", HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return null;
    }

    /**
     * Checks the raw query string, where the name of a parameter that is not UTF-8 is still known (the container
     * only reports that some parameter could not be decoded).
     */
    private static Rejection checkQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null || equals >= 0 && decode(pair.substring(equals + 1)) == null) {
                return new Rejection(name != null ? name : rawName, "validation.encoding",
                        HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return null;
    }

    /** Decodes percent-encoded UTF-8 text ({@code +} is a space), or returns null when it is not valid. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            }
            else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
        }
        catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the answer is a problem detail rather than the error page: for the API, and for clients that ask
     * for JSON and not for a page (the scripts of pages).
     */
    private static boolean answersJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader("Accept"));
            return accepted.stream()
                .anyMatch(type -> "json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix()))
                    && accepted.stream().noneMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
        }
        catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * A refused request as its error page sees it: without parameters and parts, since the container fails every
     * read of a body it could not parse (a broken multipart body) and the rest is malformed.
     */
    private static final class WithoutInput extends HttpServletRequestWrapper {

        WithoutInput(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

    }

}
