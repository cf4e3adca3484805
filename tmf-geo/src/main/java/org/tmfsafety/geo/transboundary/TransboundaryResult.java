package org.tmfsafety.geo.transboundary;

import java.util.List;

/**
 * The transboundary screening of one site, with everything needed to explain it.
 *
 * @param latitude the site's latitude
 * @param longitude the site's longitude
 * @param country the country the site lies in (as keyed in the country index), or {@code null}
 * @param borderDistanceKm geodesic distance to the nearest land border, or {@code null} (no country, island)
 * @param nearestForeignCountry the country across that border, or {@code null}
 * @param snapDistanceKm distance to the river the site was snapped to, or {@code null} when none lies within the
 *        snap distance
 * @param snapReachId the reach snapped to, or {@code null}
 * @param maxSnapKm the snap distance searched
 * @param downstream the way down the river, or {@code null} when no river was within reach
 * @param potentialTransboundaryEffect whether the location rule flags the site
 * @param criteriaMet which parts of the rule flagged it (empty when not flagged)
 * @param rule the rule applied
 * @param verdict what the screening can say: a potential effect, none found along a mapped river, or undetermined
 * @param undetermined why it is undetermined, or {@code null} when it is not
 */
public record TransboundaryResult(double latitude, double longitude, String country, Double borderDistanceKm,
        String nearestForeignCountry, Double snapDistanceKm, Long snapReachId, double maxSnapKm, Downstream downstream,
        boolean potentialTransboundaryEffect, List<Criterion> criteriaMet, LocationRule rule, Verdict verdict,
        Undetermined undetermined) {

    public TransboundaryResult {
        criteriaMet = List.copyOf(criteriaMet);
    }

    /**
     * What the screening can say. A site flagged by either criterion has a potential effect; one that drains to a
     * mapped river whose way down meets neither has none found; one without a mapped river within the snap distance
     * is undetermined, never "no effect": nobody can tell from the network where its water goes. A recorded drainage
     * route replaces the snap: the verdict follows the route and the network below it.
     */
    public enum Verdict {
        POTENTIAL_EFFECT, NO_EFFECT_FOUND, UNDETERMINED
    }

    /** Why a verdict is undetermined. */
    public enum Undetermined {
        /** No reach of the network lies within the snap distance of the site. */
        NO_MAPPED_RIVER,
        /** The site lies outside the network's extent: the network does not cover its area. */
        OUTSIDE_NETWORK_EXTENT,
        /**
         * No reach lies within the snap distance and the network is marked as too coarse for sites: it maps only
         * rivers larger than the ones a tailings facility usually drains to.
         */
        NETWORK_TOO_COARSE,
        /** The site's drainage route ends away from every mapped river and crosses no border on the way. */
        ROUTE_OFF_NETWORK
    }

    /** The parts of the location rule. */
    public enum Criterion {
        /** The site lies within the rule's distance of a land border. */
        BORDER_DISTANCE,
        /** The river crosses a border within the rule's distance along the river. */
        DOWNSTREAM_CROSSING
    }
}
