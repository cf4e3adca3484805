package org.tmfsafety.server.convention;

import java.time.OffsetDateTime;

/**
 * A quantity of an Annex I category (Part I) or named substance (Part II) present at a facility.
 *
 * @param part {@code PART_I} for a category, {@code PART_II} for a named substance
 * @param code the category's or substance's code in the Annex I list
 * @param quantityTonnes the quantity in tonnes
 * @param source where the quantity comes from (a permit, the operator's safety report, an inspection)
 */
public record Annex1Quantity(long id, long facilityId, String part, String code, double quantityTonnes, String source,
        String recordedBy, OffsetDateTime recordedAt) {

    static final String PART_I = "PART_I";

    static final String PART_II = "PART_II";

    /** The message key of the category's or substance's name. */
    public String nameKey() {
        return (PART_I.equals(part) ? "convention.annex1.category." : "convention.annex1.substance.") + code;
    }
}
