package org.tmfsafety.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a requested record does not exist (any more). Pages answer it with their 404 page, the
 * API with a problem detail whose text is the message key with its arguments.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final transient Object[] messageArgs;

    public NotFoundException(String messageKey, Object... messageArgs) {
        super(messageKey);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
    }

    /** Returns the key of the message that explains what was not found. */
    public String messageKey() {
        return messageKey;
    }

    /** Returns the arguments of that message. */
    public Object[] messageArgs() {
        return messageArgs.clone();
    }

}
