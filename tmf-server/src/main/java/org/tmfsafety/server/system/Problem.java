package org.tmfsafety.server.system;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer of the JSON API
 * ({@code application/problem+json}). Titles, details and messages are in the client's language.
 *
 * @param type a URN naming the kind of problem, stable for clients to branch on
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this occurrence
 * @param instance the request path
 * @param errors the invalid fields, for validation problems
 * @param currentVersion the facility's current version, for edit conflicts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldMessage> errors,
        Integer currentVersion) {

    /**
     * One invalid field and why.
     *
     * @param field the field's name as in the JSON (dotted for nested fields), or null for the request as a whole
     * @param message the reason, in the client's language
     */
    public record FieldMessage(String field, String message) {
    }

}
