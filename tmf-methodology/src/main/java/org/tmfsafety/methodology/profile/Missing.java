package org.tmfsafety.methodology.profile;

/** What a term does when its input is not given. Never silently zero: the choice is the profile's. */
public sealed interface Missing {

    /** The input must be given; a calculation without it is refused. */
    record Required() implements Missing {
    }

    /** A missing input counts as this value (e.g. unknown toxicity as WGK3, the AwSV default). */
    record TreatAs(Object value, Provenance provenance) implements Missing {
    }

}
