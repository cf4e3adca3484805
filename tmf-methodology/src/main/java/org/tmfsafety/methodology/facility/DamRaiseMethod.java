package org.tmfsafety.methodology.facility;

/**
 * How the retaining embankment was raised over the life of the facility. The method drives dam-break
 * susceptibility: upstream-raised dams rest on deposited tailings and are the most prone to static and
 * seismic liquefaction (Piciullo et al. 2022, Engineering Geology 303, 106657).
 */
public enum DamRaiseMethod {

    /** Each raise is founded on the previously deposited tailings beach. */
    UPSTREAM,

    /** Each raise is built on the downstream slope of the previous one. */
    DOWNSTREAM,

    /** The crest rises vertically, partly on tailings and partly on the previous embankment. */
    CENTRELINE,

    /** A conventional water-retention type dam built to its full height. */
    WATER_RETENTION,

    /** Not known to the registry. */
    UNKNOWN

}
