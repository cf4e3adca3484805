package org.tmfsafety.server.facility;

import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.methodology.size.SizeFacts;
import org.tmfsafety.server.system.LocalizedName;

/**
 * What the hazard and risk indices read of a facility, and no more: its size facts, its index inputs and what its
 * transboundary screening found. Re-rating a registry reads this narrow row ({@link FacilityRepository#ratingInputs})
 * instead of the whole facility with its organisations and stored ratings.
 *
 * @param id the facility's id
 * @param code its code (for the lists of a profile comparison)
 * @param name its name in each language
 * @param status its registry status (the management status follows from it when not entered)
 * @param storedVolumeM3 the stored volume, or null
 * @param designCapacityM3 the design capacity, or null
 * @param storedTonnageT the stored tonnage, or null
 * @param designTonnageT the design tonnage, or null
 * @param impoundmentAreaHa the impoundment area, or null
 * @param damHeightM the dam height, or null
 * @param annualOreThroughputT the annual ore throughput, or null
 * @param throughputYears the years of operation at that throughput, or null
 * @param waterHazardClass the water hazard class of the tailings
 * @param riskInputs the other index inputs as entered (each may be unknown)
 * @param screenedSetting the transboundary setting the screening finds ({@link TransboundarySummary#setting()}), or
 *        null when it has not run or cannot tell
 * @param snapDistanceKm the screening's distance to the river the site drains to, or null
 */
record RatingInputs(long id, String code, LocalizedName name, FacilityStatus status, Double storedVolumeM3,
        Double designCapacityM3, Double storedTonnageT, Double designTonnageT, Double impoundmentAreaHa,
        Double damHeightM, Double annualOreThroughputT, Integer throughputYears, WaterHazardClass waterHazardClass,
        RiskInputs riskInputs, TransboundarySetting screenedSetting, Double snapDistanceKm) {

    /** Returns the rating inputs of a facility read in full. */
    static RatingInputs of(Facility facility) {
        TransboundarySummary screening = facility.transboundary();
        return new RatingInputs(facility.id(), facility.code(),
                new LocalizedName(facility.name(), facility.nameRu(), facility.nameKk()), facility.status(),
                facility.storedVolumeM3(), facility.designCapacityM3(), facility.storedTonnageT(),
                facility.designTonnageT(), facility.impoundmentAreaHa(), facility.damHeightM(),
                facility.annualOreThroughputT(), facility.throughputYears(), facility.waterHazardClass(),
                facility.riskInputs(), screening == null ? null : screening.setting().orElse(null),
                screening == null ? null : screening.snapDistanceKm());
    }

    /**
     * Returns the size facts.
     *
     * @throws IllegalArgumentException when a stored figure is not positive
     */
    SizeFacts size() {
        return new SizeFacts(storedVolumeM3, designCapacityM3, storedTonnageT, designTonnageT, impoundmentAreaHa,
                damHeightM, annualOreThroughputT, throughputYears);
    }

}
