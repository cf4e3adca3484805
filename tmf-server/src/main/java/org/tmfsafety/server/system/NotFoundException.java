package org.tmfsafety.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a requested record does not exist (any more). Pages answer it with their 404 page, the
 * API with a problem detail whose text is the message key with its arguments.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends TranslatableException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... messageArgs) {
        super(messageKey, messageArgs);
    }

}
