package org.tmfsafety.server.system;

/** An exception explained to users by a message key and its arguments, resolved in the user's language. */
public abstract class TranslatableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final transient Object[] messageArgs;

    protected TranslatableException(String messageKey, Object... messageArgs) {
        super(messageKey);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
    }

    /** The key of the message that explains the problem. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments. */
    public Object[] messageArgs() {
        return messageArgs.clone();
    }
}
