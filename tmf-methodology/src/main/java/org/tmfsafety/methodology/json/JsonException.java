package org.tmfsafety.methodology.json;

/** Thrown when a text is not valid JSON; says what and where (1-based line and column). */
public class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    private final int column;

    JsonException(String message, int line, int column) {
        super(message + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

}
