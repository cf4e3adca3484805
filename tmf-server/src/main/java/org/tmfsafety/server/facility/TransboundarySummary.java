package org.tmfsafety.server.facility;

/**
 * The outcome of a facility's transboundary screening, for lists and filters (the full result with its
 * derivation is at {@code /api/v1/facilities/{id}/transboundary}); null until it has been computed.
 *
 * @param potentialEffect whether the location rule flags a potential transboundary effect
 * @param firstForeignCountry the first other country the facility's river enters, or null
 * @param alongRiverKmToBorder distance along the river to that border, or null
 * @param borderDistanceKm geodesic distance to the nearest land border, or null
 * @param nearestForeignCountry the country across that border, or null
 */
public record TransboundarySummary(boolean potentialEffect, String firstForeignCountry, Double alongRiverKmToBorder,
        Double borderDistanceKm, String nearestForeignCountry) {
}
