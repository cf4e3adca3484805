package org.tmfsafety.server.system;

import jakarta.validation.Validator;

import org.springframework.validation.Errors;

/** Bean Validation of records into Spring {@link Errors}, the constraint's message key as the error code. */
public final class BeanChecks {

    private BeanChecks() {
    }

    /**
     * Validates the object and adds each violation as a field error whose code is the key of its message template
     * (e.g. {@code {validation.required}} becomes {@code validation.required}), so it is translated when shown.
     */
    public static void validate(Validator validator, Object object, Errors errors) {
        validator.validate(object).forEach(violation -> errors.rejectValue(violation.getPropertyPath().toString(),
                violation.getMessageTemplate().replaceAll("[{}]", ""), violation.getMessage()));
    }
}
