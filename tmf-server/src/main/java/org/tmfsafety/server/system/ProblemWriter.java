package org.tmfsafety.server.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem detail straight to a response, in the client's language, for failures that happen
 * before a controller runs (authentication, authorisation, throttling in the security filters).
 */
@Component
public class ProblemWriter {

    private final MessageSource messages;

    private final LocaleResolver locales;

    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * Writes the problem.
     * @param status the HTTP status
     * @param type the last part of the problem type URN
     * @param detailKey message key of the detail text
     * @param args its arguments
     */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String detailKey,
            Object... args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("problem.status." + status, null,
                messages.getMessage("problem.status.other", null, locale), locale);
        Problem problem = new Problem(URI.create("urn:tmf-safety:problem:" + type), title, status,
                messages.getMessage(detailKey, args, locale), request.getRequestURI(), null, null);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }

}
