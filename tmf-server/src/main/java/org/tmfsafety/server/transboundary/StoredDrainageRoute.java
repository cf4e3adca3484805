package org.tmfsafety.server.transboundary;

import java.time.OffsetDateTime;

import org.tmfsafety.geo.transboundary.DrainageRoute;

/**
 * A facility's recorded drainage route.
 *
 * @param facilityId the facility
 * @param route the points after the site and how they were recorded
 * @param source where the route comes from (a document, a survey, local knowledge)
 * @param comment a comment, or null
 * @param version the version, for optimistic locking
 * @param updatedBy who recorded it last
 * @param updatedAt when
 */
public record StoredDrainageRoute(long facilityId, DrainageRoute route, String source, String comment, int version,
        String updatedBy, OffsetDateTime updatedAt) {
}
