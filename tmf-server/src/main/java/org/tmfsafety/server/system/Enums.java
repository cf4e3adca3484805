package org.tmfsafety.server.system;

/** Reading enum constants from text that people or files supply. */
public final class Enums {

    private Enums() {
    }

    /** The constant with exactly this name (surrounding blanks ignored), or {@code null} for blank or unknown text. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
