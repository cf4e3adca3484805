package org.tmfsafety.server.rating;

import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.facility.Facility;

/**
 * One line of the rating list.
 *
 * @param rank the position in the ranking (1-based, across pages)
 * @param id the facility id
 * @param code its code
 * @param name its name in the requested language
 * @param country ISO 3166-1 alpha-3
 * @param region its region
 * @param status its status
 * @param operator the operator's name, or null
 * @param storedVolumeM3 stored volume in m³, or null
 * @param damHeightM dam height in m, or null
 * @param thi the THI, or null when not rated
 * @param tri the TRI, or null
 * @param hazardClass the THI class, or null
 * @param riskClass the TRI class, or null
 * @param profile the methodology profile of the rating, or null
 * @param potentialTransboundaryEffect whether the transboundary screening flags the facility, or null before it ran
 * @param firstForeignCountry the first other country its river enters (ISO3), or null
 * @param alongRiverKmToBorder the distance along the river to that border, or null
 */
public record RatingItem(int rank, long id, String code, String name, String country, String region, String status,
        String operator, Double storedVolumeM3, Double damHeightM, Double thi, Double tri, String hazardClass,
        String riskClass, ProfileId profile, Boolean potentialTransboundaryEffect, String firstForeignCountry,
        Double alongRiverKmToBorder) {

    static RatingItem of(int rank, Facility facility, java.util.Locale locale) {
        var rating = facility.rating();
        var transboundary = facility.transboundary();
        return new RatingItem(rank, facility.id(), facility.code(), facility.displayName(locale), facility.country(),
                facility.region(), facility.status().name(),
                facility.operator() == null ? null : facility.operator().displayName(locale), facility.storedVolumeM3(),
                facility.damHeightM(), rating.thi(), rating.tri(), rating.hazardClass(), rating.riskClass(),
                rating.ratingProfileId() == null ? null : new ProfileId(rating.ratingProfileId(), rating.ratingProfileVersion()),
                transboundary == null ? null : transboundary.potentialEffect(),
                transboundary == null ? null : transboundary.firstForeignCountry(),
                transboundary == null ? null : transboundary.alongRiverKmToBorder());
    }

}
