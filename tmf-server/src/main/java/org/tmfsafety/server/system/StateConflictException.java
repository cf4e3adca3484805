package org.tmfsafety.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a request does not fit the record's state (e.g. answering a submitted assessment). The API answers
 * 409 with the message key's text in the user's language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final transient Object[] messageArgs;

    public StateConflictException(String messageKey, Object... messageArgs) {
        super(messageKey);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
    }

    /** The key of the message that explains the conflict. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments. */
    public Object[] messageArgs() {
        return messageArgs.clone();
    }
}
