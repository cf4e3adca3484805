package org.tmfsafety.server.convention;

import java.time.LocalDate;

/**
 * That a country was informed, as entered.
 *
 * @param country the ISO 3166-1 alpha-3 code of the country informed
 * @param informedOn the date it was informed
 * @param reference the reference of the letter or note verbale (optional)
 */
public record NoticeInput(String country, LocalDate informedOn, String reference) {
}
