package org.tmfsafety.server.convention;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * That a country concerned was informed of the hazardous activity at a facility.
 *
 * @param country the ISO 3166-1 alpha-3 code of the country informed
 * @param informedOn the date it was informed
 * @param reference the reference of the letter or note verbale, empty when none was given
 */
public record HazardousActivityNotice(long id, long facilityId, String country, LocalDate informedOn, String reference,
        String recordedBy, OffsetDateTime recordedAt) {
}
