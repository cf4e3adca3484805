package org.tmfsafety.server.exchange;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A facility pulled from a neighbour, read-only here.
 *
 * @param neighbourId the neighbour it came from
 * @param neighbourName that neighbour's name
 * @param remoteId its id at the neighbour
 * @param countries the countries its downstream path passes, in flow order (empty without a path)
 * @param entersOwnCountry whether that path enters this instance's own country
 * @param kmToOwnBorder distance along the path to the own country's border, or null
 * @param hoursToOwnBorderMin the earliest arrival there at the fastest flow velocity, or null
 * @param hoursToOwnBorderMax the latest, at the slowest, or null
 * @param lastSuccessAt when the neighbour was last pulled successfully
 */
public record NeighbourFacility(long neighbourId, String neighbourName, long remoteId, String code, String name,
        String country, String status, double latitude, double longitude, Double thi, String hazardClass, Double tri,
        String riskClass, String verdict, List<String> countries, String firstForeignCountry,
        Double alongRiverKmToBorder, boolean entersOwnCountry, Double kmToOwnBorder, Double hoursToOwnBorderMin,
        Double hoursToOwnBorderMax, OffsetDateTime lastSuccessAt) {
}
