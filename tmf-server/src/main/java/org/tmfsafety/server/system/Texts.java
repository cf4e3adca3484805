package org.tmfsafety.server.system;

/** Normalisation of text a user typed. */
public final class Texts {

    private Texts() {
    }

    /** Returns the text without surrounding white space, or null when nothing but white space was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
