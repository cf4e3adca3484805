package org.tmfsafety.server.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
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
 * before a controller runs (authentication, authorisation, throttling in the security filters, malformed input),
 * and builds the validation problem that every invalid input is answered with.
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
        write(response, new Problem(URI.create("urn:tmf-safety:problem:" + type), title, status,
                messages.getMessage(detailKey, args, locale), request.getRequestURI(), null, null));
    }

    /** Writes the validation problem (400) naming the invalid fields, see {@link #invalidInput}. */
    public void writeInvalidInput(HttpServletRequest request, HttpServletResponse response,
            List<Problem.FieldMessage> errors) throws IOException {
        write(response, invalidInput(request, errors, locales.resolveLocale(request)));
    }

    /**
     * Returns the validation problem (400) for invalid input: the invalid fields with their messages, and a detail
     * that says for a write that nothing has been saved.
     */
    public Problem invalidInput(HttpServletRequest request, List<Problem.FieldMessage> errors, Locale locale) {
        String detail = "GET".equals(request.getMethod()) ? "problem.validation.detail" : "problem.validation.detailWrite";
        return new Problem(URI.create("urn:tmf-safety:problem:validation"),
                messages.getMessage("problem.validation.title", null, locale), 400,
                messages.getMessage(detail, new Object[] { errors.size() }, locale), request.getRequestURI(), errors,
                null);
    }

    private void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }

}
