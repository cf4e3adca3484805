package org.tmfsafety.server.convention;

/**
 * A quantity as entered.
 *
 * @param part {@code PART_I} (a category) or {@code PART_II} (a named substance)
 * @param code the code of the category or substance in the Annex I list
 * @param quantityTonnes the quantity present, in tonnes
 * @param source where the quantity comes from
 */
public record QuantityInput(String part, String code, Double quantityTonnes, String source) {
}
