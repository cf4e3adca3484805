/**
 * The national TMF registry: tailings management facilities with their location, operator, status,
 * dam and storage figures, hazardous contents and sources. Pages under {@code /facilities}, JSON under
 * {@code /api/v1/facilities}; both go through {@link org.tmfsafety.server.facility.FacilityService},
 * which validates every write and protects concurrent edits with optimistic locking.
 */
package org.tmfsafety.server.facility;
