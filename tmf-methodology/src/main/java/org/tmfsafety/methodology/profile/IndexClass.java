package org.tmfsafety.methodology.profile;

/**
 * A class of an index: values below {@code below} (and not in an earlier class) belong to it; the last
 * class has no upper limit.
 *
 * @param code the class code, e.g. {@code HIGH}
 * @param below the exclusive upper limit, or {@code Double.POSITIVE_INFINITY} for the last class
 */
public record IndexClass(String code, double below) {
}
