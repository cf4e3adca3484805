package org.tmfsafety.methodology.profile;

/** Thrown when a profile file is not a valid profile; names the place in the file (a JSON path). */
public class ProfileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    ProfileException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    ProfileException(String message, Throwable cause) {
        super(message, cause);
        this.path = "$";
    }

    /** Returns the JSON path of the offending value, e.g. {@code $.indices.THI.terms[1].rule}. */
    public String path() {
        return path;
    }

}
