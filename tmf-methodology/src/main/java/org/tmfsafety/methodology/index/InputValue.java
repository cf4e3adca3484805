package org.tmfsafety.methodology.index;

import java.util.Map;
import java.util.Objects;

/**
 * An input with its basis, for values that a user did not enter. A plain value in the inputs map is a
 * user's input ({@link Basis#INPUT}); wrap a value in {@link #derived} when the product computed it, or give a
 * numeric range with {@link #estimated}. The basis and its detail appear in the derivation trail.
 *
 * @param value the value for a derived input, or null for an estimate
 * @param basis {@link Basis#DERIVED} or {@link Basis#ESTIMATE}
 * @param detail where a derived value comes from (e.g. {@code TRANSBOUNDARY_SCREENING}) or the estimate's method
 *        (e.g. {@code STORED_TONNAGE}); a code the application translates
 * @param low the estimate's lower end, or null
 * @param high the estimate's upper end, or null
 * @param parameters the numbers an estimate used, by name; empty for a derived input
 */
public record InputValue(Object value, Basis basis, String detail, Double low, Double high,
        Map<String, Double> parameters) {

    public InputValue {
        Objects.requireNonNull(detail, "detail");
        parameters = Map.copyOf(parameters);
    }

    /** A value the product computed itself; {@code derivedFrom} names the result it was taken from. */
    public static InputValue derived(Object value, String derivedFrom) {
        return new InputValue(Objects.requireNonNull(value, "value"), Basis.DERIVED, derivedFrom, null, null, Map.of());
    }

    /** A numeric range estimated by {@code method} from {@code parameters}; {@code low ≤ high}. */
    public static InputValue estimated(double low, double high, String method, Map<String, Double> parameters) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an estimate needs low <= high, not " + low + " > " + high);
        }
        return new InputValue(null, Basis.ESTIMATE, method, low, high, parameters);
    }

}
