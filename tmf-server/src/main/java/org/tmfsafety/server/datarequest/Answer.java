package org.tmfsafety.server.datarequest;

/**
 * An operator's answer to one item: the value as typed or picked (see {@link AskableFields#parse}) and its source,
 * given on the item's version the operator saw.
 *
 * @param row the workbook row it came from, for messages; null for the grid and the API
 */
public record Answer(Long itemId, Integer version, String value, String source, Integer row) {
}
