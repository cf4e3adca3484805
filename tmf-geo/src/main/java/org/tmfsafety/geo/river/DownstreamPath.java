package org.tmfsafety.geo.river;

import java.util.Arrays;

/**
 * The way down from a snapped point to the network's outlet.
 *
 * @param start where the trace starts
 * @param reaches the indexes of the reaches passed, the snapped reach first and the outlet reach last
 * @param lengthKm the length along the river from the snap point to the outlet's end, in kilometres
 */
public record DownstreamPath(RiverSnap start, int[] reaches, double lengthKm) {

    public DownstreamPath {
        reaches = reaches.clone();
    }

    @Override
    public int[] reaches() {
        return reaches.clone();
    }

    /** The number of reaches passed. */
    public int reachCount() {
        return reaches.length;
    }

    /** The index of the i-th reach passed. */
    public int reach(int i) {
        return reaches[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DownstreamPath path && start.equals(path.start) && Arrays.equals(reaches, path.reaches)
                && Double.compare(lengthKm, path.lengthKm) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * start.hashCode() + Arrays.hashCode(reaches)) + Double.hashCode(lengthKm);
    }

    @Override
    public String toString() {
        return "DownstreamPath[start=" + start + ", reaches=" + reaches.length + ", lengthKm=" + lengthKm + "]";
    }
}
