package org.tmfsafety.methodology.index;

/**
 * An input that is not fully known, with how far knowing it could move the index.
 *
 * @param input the input's name, e.g. {@code damCondition}
 * @param swing the most points knowing the input could move the index: for an interval or an estimate its
 *        upper minus lower points; for a substituted value the larger distance from the substitute to the
 *        term's best or worst points
 * @param couldChangeClass whether knowing this input alone could change the class range: some true value
 *        of it would put the lower or the upper bound in another class than now
 */
public record Tightener(String input, double swing, boolean couldChangeClass) {
}
