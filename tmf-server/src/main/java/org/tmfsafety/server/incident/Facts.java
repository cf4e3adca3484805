package org.tmfsafety.server.incident;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a report says about the facility and the way downstream, computed by the product from the registry and the
 * stored transboundary screening when the report is drafted, and kept with an issued report as it was sent.
 *
 * @param facilityCountry ISO alpha-3 of the facility's country
 * @param verdict the screening's verdict ({@code POTENTIAL_EFFECT}, {@code NO_EFFECT_FOUND}, {@code UNDETERMINED}),
 *        or null when the facility was not screened
 * @param undetermined why the screening could not decide, or null
 * @param maxSnapKm the distance within which the screening looked for a river
 * @param river the receiving river as the registry or the drainage route names it, or null
 * @param pathCountries the countries the downstream path passes, in flow order (empty without a path)
 * @param affectedCountries the countries to notify: those downstream other than the facility's own, else the
 *        country across the nearest border when only the border distance flagged the site; empty when undetermined
 * @param kmToBorder along the path to the first border crossing, or null
 * @param borderDistanceKm geodesic distance to the nearest land border, or null
 * @param shortestHours travel time to the crossing at the fastest configured velocity, or null
 * @param longestHours at the slowest configured velocity, or null
 * @param settlements populated places of the committed layer within {@code settlementDistanceKm} of the path, in
 *        flow order
 * @param damBreak the dam-break screening's default estimate, or null when its inputs are missing
 */
public record Facts(String facilityCode, String facilityName, String facilityNameRu, String facilityNameKk,
        String facilityCountry,
        String region, double latitude, double longitude, boolean locationApproximate, String commodity,
        String hazardousSubstances, Double storedVolumeM3, String verdict, String undetermined, double maxSnapKm, String river,
        List<String> pathCountries, List<String> affectedCountries, Double kmToBorder, Crossing crossing,
        Double borderDistanceKm, Double shortestHours, Double longestHours, Double fastestMetresPerSecond,
        Double slowestMetresPerSecond, List<Settlement> settlements, double settlementDistanceKm, DamBreak damBreak, OffsetDateTime screenedAt) {

    /** Where the path first crosses a border. */
    public record Crossing(double latitude, double longitude, String country) {
    }

    /**
     * A populated place near the path.
     *
     * @param alongKm distance along the path from its start to the point nearest the place
     * @param offKm distance from the place to the path
     */
    public record Settlement(String name, String nameRu, String country, double alongKm, double offKm, Long population) {
    }

    /**
     * The dam-break screening's default estimate.
     *
     * @param model the model's id
     * @param releasedVolumeM3 the volume a failure could release, with one standard error of the model below and above
     * @param runoutKm how far the released tailings could travel, with one standard error below and above
     */
    public record DamBreak(String model, double releasedVolumeM3, double releasedLowM3, double releasedHighM3,
            double runoutKm, double runoutLowKm, double runoutHighKm) {
    }

    /** Whether the data show a way into another country. */
    public boolean transboundary() {
        return !affectedCountries.isEmpty();
    }
}
