package org.tmfsafety.methodology.index;

import java.util.List;

/** Thrown when inputs cannot be used; lists every problem at once. */
public class InvalidInputsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputError> errors;

    InvalidInputsException(List<InputError> errors) {
        super("invalid inputs: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }

}
