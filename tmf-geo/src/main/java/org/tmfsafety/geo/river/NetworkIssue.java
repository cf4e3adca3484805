package org.tmfsafety.geo.river;

import java.util.List;

/**
 * One finding of network validation.
 *
 * @param type what was found
 * @param reachIds the reaches concerned (for a cycle, in flow order; for a line network, the ids given to the
 *        input lines)
 * @param detail a short technical detail (e.g. the unknown downstream id), or an empty string
 */
public record NetworkIssue(Type type, List<Long> reachIds, String detail) {

    public NetworkIssue {
        reachIds = List.copyOf(reachIds);
    }

    /** The kinds of findings, from the most to the least serious. */
    public enum Type {
        /** Reaches flow in a circle; the cycle was broken by making its last reach an outlet. */
        CYCLE,
        /** A reach names a downstream reach that is not in the data; it was made an outlet. */
        UNKNOWN_DOWNSTREAM,
        /** Several reaches leave the end of a reach (a bifurcation); one was chosen as its downstream reach. */
        SEVERAL_DOWNSTREAM,
        /** A line's direction contradicted the network and was reversed. */
        REVERSED,
        /** A line's direction could not be decided from the network; its digitising direction was kept. */
        AMBIGUOUS_DIRECTION,
        /** A part of the network not connected to any other (its own outlet). */
        DISCONNECTED
    }
}
