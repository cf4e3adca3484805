package org.tmfsafety.server.facility;

/**
 * Thrown when a facility was changed by someone else after the user read it: the version the user
 * submitted is not the current one, so their change is refused instead of overwriting the other one.
 */
public class StaleFacilityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    private final int submittedVersion;

    private final int currentVersion;

    StaleFacilityException(long id, int submittedVersion, int currentVersion) {
        super("Facility " + id + " is at version " + currentVersion + ", not " + submittedVersion);
        this.id = id;
        this.submittedVersion = submittedVersion;
        this.currentVersion = currentVersion;
    }

    public long id() {
        return id;
    }

    public int submittedVersion() {
        return submittedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

}
