package org.tmfsafety.server.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when submitted data fails validation. Carries the field errors (codes and arguments, no
 * display text) so that each caller can show them in the user's language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Errors errors;

    public InvalidInputException(Errors errors) {
        super("Invalid " + errors.getObjectName() + ": " + errors.getErrorCount() + " error(s)");
        this.errors = errors;
    }

    /** Returns the validation errors. */
    public Errors errors() {
        return errors;
    }

    /**
     * The errors as lines for a page, in the user's language: "Label: message" for a field (the label is the
     * message {@code labelPrefix + field}, or the field's name when there is none), the message alone otherwise.
     */
    public List<String> lines(MessageSource messages, Locale locale, String labelPrefix) {
        return errors.getAllErrors().stream().map(error -> {
            String message = messages.getMessage(error, locale);
            return error instanceof FieldError field
                    ? messages.getMessage(labelPrefix + field.getField(), null, field.getField(), locale) + ": " + message
                    : message;
        }).toList();
    }

}
