package org.tmfsafety.server.facility;

import java.util.Optional;

import org.tmfsafety.methodology.facility.TransboundarySetting;

/**
 * The outcome of a facility's transboundary screening, for lists, filters and the risk index (the full result with
 * its derivation is at {@code /api/v1/facilities/{id}/transboundary}); null until it has been computed.
 *
 * @param potentialEffect whether the location rule flags a potential transboundary effect
 * @param firstForeignCountry the first other country the facility's river enters, or null
 * @param alongRiverKmToBorder distance along the river to that border, or null
 * @param borderDistanceKm geodesic distance to the nearest land border, or null
 * @param nearestForeignCountry the country across that border, or null
 * @param downstreamCrossing whether the rule's along-the-river criterion is met
 * @param borderWithinReach whether the rule's border-distance criterion is met
 * @param snapDistanceKm distance to the river the site drains to, or null when no river lies within the snap distance
 * @param routeJoinsNetwork whether a recorded drainage route leads from the site to a mapped river
 * @param maxSnapKm the snap distance searched, or null for a result stored without it
 * @param verdict a potential effect, no effect found along a mapped river, or undetermined
 * @param undetermined why it is undetermined ({@code NO_MAPPED_RIVER}, {@code OUTSIDE_NETWORK_EXTENT},
 *        {@code NETWORK_TOO_COARSE}, {@code ROUTE_OFF_NETWORK}), or null
 */
public record TransboundarySummary(boolean potentialEffect, String firstForeignCountry, Double alongRiverKmToBorder,
        Double borderDistanceKm, String nearestForeignCountry, boolean downstreamCrossing, boolean borderWithinReach,
        Double snapDistanceKm, boolean routeJoinsNetwork, Double maxSnapKm, Verdict verdict, String undetermined) {

    /** What the screening can say (the stored verdict of {@code facility_transboundary}). */
    public enum Verdict {
        POTENTIAL_EFFECT, NO_EFFECT_FOUND, UNDETERMINED
    }

    /**
     * Returns the risk index's transboundary setting as the screening finds it: on a transboundary river when the
     * river crosses a border within the rule's distance; border within reach when only the border-distance criterion
     * is met, and none when neither is, both only when the site drains to a mapped river (within the snap distance, or
     * along a recorded drainage route). Otherwise the screening cannot tell where the water goes, so the setting is
     * unknown, never "none".
     */
    public Optional<TransboundarySetting> setting() {
        return setting(downstreamCrossing, borderWithinReach, snapDistanceKm, routeJoinsNetwork);
    }

    /**
     * Returns the setting from the screening's two criteria, its snap distance and whether a drainage route joins the
     * network, as {@link #setting()} does.
     */
    static Optional<TransboundarySetting> setting(boolean downstreamCrossing, boolean borderWithinReach,
            Double snapDistanceKm, boolean routeJoinsNetwork) {
        if (downstreamCrossing) {
            return Optional.of(TransboundarySetting.TRANSBOUNDARY_RIVER);
        }
        if (snapDistanceKm == null && !routeJoinsNetwork) {
            return Optional.empty();
        }
        return Optional.of(borderWithinReach ? TransboundarySetting.BORDER_WITHIN_REACH : TransboundarySetting.NONE);
    }

}
