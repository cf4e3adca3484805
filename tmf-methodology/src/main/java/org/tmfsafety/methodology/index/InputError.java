package org.tmfsafety.methodology.index;

import java.util.List;

/**
 * Why an input was refused. Carries a code and arguments, never display text.
 *
 * @param input the input's name
 * @param code what is wrong
 * @param arguments details: the minimum, or the allowed values
 */
public record InputError(String input, Code code, List<String> arguments) {

    /** What is wrong with an input. */
    public enum Code {
        /** The profile requires the input and it is missing. */
        REQUIRED,
        /** The input must be a finite number. */
        NOT_A_NUMBER,
        /** The number is below the smallest allowed value (argument: the minimum). */
        BELOW_MINIMUM,
        /** The input must be true or false. */
        NOT_YES_OR_NO,
        /** The value is not one of the allowed categories (arguments: the allowed values). */
        UNKNOWN_VALUE,
        /** The index does not read this input. */
        UNKNOWN_INPUT
    }

}
