package org.tmfsafety.geo.transboundary;

/**
 * How long water takes to travel a distance along a river, as a range from a flow velocity range (docs/methodology/
 * transboundary.md, E16c): the early warning a downstream country can be given is at most the shorter time.
 *
 * @param slowestMetresPerSecond the lower end of the velocity range (gives the longer time)
 * @param fastestMetresPerSecond the upper end (gives the shorter time)
 */
public record TravelTime(double slowestMetresPerSecond, double fastestMetresPerSecond) {

    /** Provisional default range: a slow lowland river or reservoir to a mountain river in spate. */
    public static final TravelTime PROVISIONAL = new TravelTime(0.3, 1.5);

    public TravelTime {
        if (!(slowestMetresPerSecond > 0) || !(fastestMetresPerSecond >= slowestMetresPerSecond)
                || Double.isInfinite(fastestMetresPerSecond)) {
            throw new IllegalArgumentException("flow velocities must be positive and finite, the slowest first");
        }
    }

    /** The travel time over a distance, in hours: the shortest (at the fastest velocity) and the longest. */
    public double[] hours(double kilometres) {
        if (!(kilometres >= 0) || Double.isInfinite(kilometres)) {
            throw new IllegalArgumentException("the distance must be finite and zero or positive");
        }
        double metres = kilometres * 1000;
        return new double[] { metres / fastestMetresPerSecond / 3600, metres / slowestMetresPerSecond / 3600 };
    }
}
