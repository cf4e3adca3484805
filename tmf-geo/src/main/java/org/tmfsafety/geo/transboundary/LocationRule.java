package org.tmfsafety.geo.transboundary;

/**
 * When a site has a potential transboundary effect: it lies within {@code borderDistanceKm} of an
 * international land border, or the river it drains to crosses into another country within
 * {@code alongRiverKm} of it (measured along the river).
 *
 * <p>The Industrial Accidents Convention's numeric location criteria were not available to the project; the
 * defaults are provisional screening values (documented in docs/methodology/transboundary.md) meant to be
 * replaced by the competent authority's own.
 *
 * @param borderDistanceKm geodesic distance to the border, in kilometres, at or below which a site is flagged
 * @param alongRiverKm distance along the river to the first border crossing, in kilometres, at or below which a
 *        site is flagged
 */
public record LocationRule(double borderDistanceKm, double alongRiverKm) {

    /** The rule's name, as shown with its result. */
    public static final String NAME = "border-distance-or-downstream-crossing";

    /** Provisional default: 15 km from a border (E13). */
    public static final double DEFAULT_BORDER_DISTANCE_KM = 15;

    /** Provisional default: a border crossing within 1,000 km along the river (E14). */
    public static final double DEFAULT_ALONG_RIVER_KM = 1_000;

    public LocationRule {
        if (!(borderDistanceKm >= 0) || !(alongRiverKm >= 0) || Double.isInfinite(borderDistanceKm)
                || Double.isInfinite(alongRiverKm)) {
            throw new IllegalArgumentException("the rule's distances must be finite and zero or positive");
        }
    }

    /** The provisional default rule. */
    public static LocationRule provisionalDefault() {
        return new LocationRule(DEFAULT_BORDER_DISTANCE_KM, DEFAULT_ALONG_RIVER_KM);
    }
}
