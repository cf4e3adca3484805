package org.tmfsafety.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a request does not fit the record's state (e.g. answering a submitted assessment). The API answers
 * 409 with the message key's text in the user's language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StateConflictException extends TranslatableException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String messageKey, Object... messageArgs) {
        super(messageKey, messageArgs);
    }
}
