package org.tmfsafety.server.rating;

import java.util.List;
import java.util.Locale;

import org.tmfsafety.methodology.index.Tightener;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.facility.Facility;

/**
 * One line of the rating list. Under incomplete data an index is an interval: {@code thi} and {@code tri} are the
 * precautionary upper bounds the list ranks by (ties by the lower bound), {@code thiLow} and {@code triLow} the lower
 * bounds; a class is a range when the two bounds fall in different classes.
 *
 * @param rank the position in the ranking (1-based, across pages), or null for a facility that is not rateable
 * @param id the facility id
 * @param code its code
 * @param name its name in the requested language
 * @param country ISO 3166-1 alpha-3
 * @param region its region
 * @param status its status
 * @param operator the operator's name, or null
 * @param storedVolumeM3 stored volume in m³, or null
 * @param damHeightM dam height in m, or null
 * @param thi the THI's upper bound, or null when not rateable
 * @param tri the TRI's upper bound, or null
 * @param hazardClass the class of the THI's upper bound, or null
 * @param riskClass the class of the TRI's upper bound, or null
 * @param profile the methodology profile of the rating, or null
 * @param potentialTransboundaryEffect whether the transboundary screening flags the facility, or null before it ran
 * @param firstForeignCountry the first other country its river enters (ISO3), or null
 * @param alongRiverKmToBorder the distance along the river to that border, or null
 * @param thiLow the THI's lower bound, or null
 * @param hazardClassLow its class, or null
 * @param thiCompleteness share of the THI's possible points resting on known inputs (0 to 1), or null
 * @param triLow the TRI's lower bound, or null
 * @param riskClassLow its class, or null
 * @param triCompleteness share of the TRI's possible points resting on known inputs, or null
 * @param tighteners the unknown inputs of the ranked index, ordered by how far each could move it
 * @param transboundaryVerdict POTENTIAL_EFFECT, NO_EFFECT_FOUND or UNDETERMINED, or null before the screening ran
 */
public record RatingItem(Integer rank, long id, String code, String name, String country, String region, String status,
        String operator, Double storedVolumeM3, Double damHeightM, Double thi, Double tri, String hazardClass,
        String riskClass, ProfileId profile, Boolean potentialTransboundaryEffect, String firstForeignCountry,
        Double alongRiverKmToBorder, Double thiLow, String hazardClassLow, Double thiCompleteness, Double triLow,
        String riskClassLow, Double triCompleteness, List<Tightener> tighteners, String transboundaryVerdict) {

    static RatingItem of(Integer rank, Facility facility, List<Tightener> tighteners, Locale locale) {
        var rating = facility.rating();
        var transboundary = facility.transboundary();
        return new RatingItem(rank, facility.id(), facility.code(), facility.displayName(locale), facility.country(),
                facility.region(), facility.status().name(),
                facility.operator() == null ? null : facility.operator().displayName(locale), facility.storedVolumeM3(),
                facility.damHeightM(), rating.thi(), rating.tri(), rating.hazardClass(), rating.riskClass(),
                rating.ratingProfileId() == null ? null : new ProfileId(rating.ratingProfileId(), rating.ratingProfileVersion()),
                transboundary == null ? null : transboundary.potentialEffect(),
                transboundary == null ? null : transboundary.firstForeignCountry(),
                transboundary == null ? null : transboundary.alongRiverKmToBorder(), rating.thiLow(),
                rating.hazardClassLow(), rating.thiCompleteness(), rating.triLow(), rating.riskClassLow(),
                rating.triCompleteness(), List.copyOf(tighteners),
                transboundary == null ? null : transboundary.verdict().name());
    }

}
