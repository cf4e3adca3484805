package org.tmfsafety.server.convention;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.facility.Facility;

/**
 * The conventions that bear on one facility, each with its reason, and whether it is a hazardous activity capable of
 * transboundary effects under the Industrial Accidents Convention.
 *
 * @param annex1 the Annex I screening of the recorded quantities
 * @param transboundary the stored transboundary screening as far as the conventions need it
 * @param countries the countries concerned, each with the last date it was informed (null when never)
 * @param water whether the facility drains to a transboundary watercourse (Water Convention)
 * @param minamata whether the registry names mercury at the facility (Minamata Convention, candidate contaminated site)
 * @param listing where the facility stands in the national list of hazardous activities
 * @param toSettle what data would settle an open question, as message keys (empty when nothing is open)
 * @param notices every notice recorded, oldest first per country
 */
public record FacilityConventions(@JsonIgnore Facility facility, Annex1 annex1, Transboundary transboundary,
        List<CountryConcerned> countries, Water water, Minamata minamata, Listing listing, List<String> toSettle,
        List<HazardousActivityNotice> notices, List<Annex1Quantity> quantities) {

    /** Where a facility stands in the national list of hazardous activities capable of transboundary effects. */
    public enum Listing {
        /** Annex I thresholds reached and a potential transboundary effect: a hazardous activity to report. */
        IDENTIFIED,
        /** Neither test says no, but at least one is unknown: the data in {@code toSettle} would settle it. */
        TO_SETTLE,
        /** Below the Annex I thresholds, or no transboundary effect found along the mapped river. */
        NOT_LISTED
    }

    /** The result of the Annex I screening of the recorded quantities. */
    public enum Annex1Status {
        /** At least one quantity reaches its threshold. */
        HAZARDOUS,
        /** Quantities are recorded and none reaches its threshold. */
        BELOW_THRESHOLDS,
        /** No quantity is recorded: the screening has not been done, which is not "below the thresholds". */
        NOT_SCREENED
    }

    /**
     * The Annex I screening.
     *
     * @param list the threshold list used, with its version
     * @param maxRatio the largest quantity-to-threshold ratio, null when not screened
     * @param sumOfRatios the sum of the ratios (the aggregation rule, provisional), null when not screened
     */
    public record Annex1(Annex1Status status, ProfileId list, Double maxRatio, Double sumOfRatios,
            boolean reachedByAggregation, String aggregationProvisionalReason, List<Line> lines) {
    }

    /** One recorded quantity against its threshold. */
    public record Line(Annex1Quantity quantity, double thresholdTonnes, double ratio, String source,
            String provisionalReason) {
    }

    /**
     * The transboundary screening.
     *
     * @param verdict {@code POTENTIAL_EFFECT}, {@code NO_EFFECT_FOUND}, {@code UNDETERMINED}, or null when the
     * facility has not been screened
     * @param undetermined why it is undetermined, or null
     * @param maxSnapKm the snap distance, for the text of the reason
     * @param river the receiving river, if known
     * @param alongRiverKmToBorder the distance along the river to the first border, or null
     */
    public record Transboundary(String verdict, String undetermined, double maxSnapKm, String river,
            Double alongRiverKmToBorder) {
    }

    /** A country concerned, and the last date it was informed of the hazardous activity (null when never). */
    public record CountryConcerned(String country, LocalDate informedOn) {
    }

    /** Whether the Water Convention bears: the facility's water reaches a transboundary watercourse. */
    public enum WaterStatus {
        /** The way downstream crosses a border. */
        APPLIES,
        /** No transboundary effect found along the mapped river. */
        NOT_FOUND,
        /** The screening could not decide, or found only a border nearby with no river crossing it. */
        UNDETERMINED
    }

    /** The Water Convention's bearing, with the river and the countries downstream when it applies. */
    public record Water(WaterStatus status, String river, List<String> countries) {
    }

    /** Whether the Minamata Convention bears: the registry names mercury among the facility's substances. */
    public enum MinamataStatus {
        /** Mercury is named: a candidate contaminated site (Minamata Convention, Art. 12). */
        CANDIDATE,
        /** Mercury is not named; this says nothing about whether there is any. */
        NOT_INDICATED
    }

    /** The Minamata Convention's bearing, with the registry text that names mercury. */
    public record Minamata(MinamataStatus status, String evidence) {
    }

    /** The facility as the API names it. */
    public record FacilityRef(long id, String code, String name, String country, String region, String operator) {
    }

    /** The facility as the API names it. */
    @JsonProperty("facility")
    public FacilityRef facilityRef() {
        return new FacilityRef(facility.id(), facility.code(), facility.name(), facility.country(), facility.region(),
                facility.operator() == null ? null : facility.operator().name());
    }

    /** Whether every country concerned has been informed at least once. */
    @JsonProperty("allInformed")
    public boolean allInformed() {
        return !countries.isEmpty() && countries.stream().allMatch(c -> c.informedOn() != null);
    }
}
