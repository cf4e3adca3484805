package org.tmfsafety.methodology.profile;

/** What a term does when its input is not given. Never silently zero: the choice is the profile's. */
public sealed interface Missing {

    /** The input must be given; a calculation without it is refused. */
    record Required() implements Missing {
    }

    /** A missing input counts as this value (e.g. unknown toxicity as WGK3, the AwSV default). */
    record TreatAs(Object value, Provenance provenance) implements Missing {
    }

    /**
     * A missing input gives an interval: the lower bound counts the best value's points, the upper bound the
     * worst's. Allowed for category, yes/no and band terms, whose points are bounded.
     */
    record Interval() implements Missing {
    }

}
