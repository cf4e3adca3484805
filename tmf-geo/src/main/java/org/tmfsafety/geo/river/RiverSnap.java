package org.tmfsafety.geo.river;

/**
 * A point snapped to the nearest reach of a network.
 *
 * @param reach the index of the reach in its network
 * @param reachId the reach's identifier in its source data
 * @param distanceKm geodesic distance from the point to the nearest point of the reach, in kilometres
 * @param latitude latitude of the nearest point on the reach
 * @param longitude longitude of the nearest point on the reach
 * @param segment the segment of the reach holding the nearest point (from vertex {@code segment} to the next)
 * @param kmToReachEnd the distance along the reach from the nearest point to the reach's downstream end
 */
public record RiverSnap(int reach, long reachId, double distanceKm, double latitude, double longitude, int segment,
        double kmToReachEnd) {
}
