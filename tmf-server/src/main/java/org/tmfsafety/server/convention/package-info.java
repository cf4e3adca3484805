/**
 * Convention reporting: which conventions bear on each facility, and the national list of hazardous activities
 * capable of transboundary effects that an implementation report of the UNECE Industrial Accidents Convention asks
 * for.
 *
 * <p>The feature owns the Annex I quantities recorded per facility and the notices that a country concerned was
 * informed of a hazardous activity (tables {@code annex1_quantity} and {@code hazardous_activity_notice}). It reads
 * the registry and the stored transboundary screening through their query APIs and screens the quantities with the
 * methodology's {@code Annex1Screener}. Unknown stays unknown: a facility without quantities is "not screened", an
 * undetermined transboundary verdict keeps the activity among those "to be settled", each with the data that would
 * settle it. Templates use {@code @conventionService} and {@code @conventionPermissions}.
 */
package org.tmfsafety.server.convention;
