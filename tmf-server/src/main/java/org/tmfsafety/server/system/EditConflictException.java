package org.tmfsafety.server.system;

/**
 * Thrown when a record was changed by someone else after the user read it: the version the user
 * submitted is not the current one, so the change is refused instead of overwriting the other one.
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final int submittedVersion;

    private final int currentVersion;

    /**
     * @param messageKey key of a message with the submitted version as {0} and the current one as {1}
     * @param submittedVersion the version the user based the change on
     * @param currentVersion the record's version now
     */
    public EditConflictException(String messageKey, int submittedVersion, int currentVersion) {
        super(messageKey + ": version " + submittedVersion + " submitted, " + currentVersion + " current");
        this.messageKey = messageKey;
        this.submittedVersion = submittedVersion;
        this.currentVersion = currentVersion;
    }

    public String messageKey() {
        return messageKey;
    }

    public int submittedVersion() {
        return submittedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

}
