package org.tmfsafety.server.transboundary;

import java.util.List;

/**
 * Published after the stored transboundary results of facilities were recomputed outside a facility's own save (at
 * start-up, or when the river network or the location rule changed), so that what depends on them, such as the risk
 * index, is brought up to date.
 *
 * @param facilityIds the facilities whose results changed
 */
public record TransboundaryResultsChanged(List<Long> facilityIds) {
}
