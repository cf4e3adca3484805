package org.tmfsafety.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
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

}
