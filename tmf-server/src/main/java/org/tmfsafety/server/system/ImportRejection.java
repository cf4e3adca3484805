package org.tmfsafety.server.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The 422 problem+json answer of an import refused for errors in its file; nothing was written. */
public final class ImportRejection {

    private ImportRejection() {
    }

    /**
     * The answer listing the file's errors (each with row, column and message) and any further members.
     *
     * @param extra further members of the problem, e.g. the columns as read
     */
    public static ResponseEntity<Map<String, Object>> response(List<?> errors, Map<String, Object> extra,
            MessageSource messages, Locale locale, HttpServletRequest request) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:tmf-safety:problem:import-rejected");
        problem.put("title", messages.getMessage("import.rejected.title", null, locale));
        problem.put("status", 422);
        problem.put("detail", messages.getMessage("import.rejected.detail", new Object[] { errors.size() }, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("errors", errors);
        problem.putAll(extra);
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
