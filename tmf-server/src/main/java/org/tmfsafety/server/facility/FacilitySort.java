package org.tmfsafety.server.facility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a facility list can be sorted by, with the SQL that sorts them. Names are the JSON field
 * names, so {@code sort=storedVolumeM3,desc} sorts by the field a client sees.
 */
public enum FacilitySort {

    CODE("code", "f.code"),
    NAME("name", null),
    COUNTRY("country", "f.country"),
    REGION("region", "f.region"),
    STATUS("status", "f.status"),
    OPERATOR("operator", "op.name"),
    STORED_VOLUME("storedVolumeM3", "f.stored_volume_m3"),
    DAM_HEIGHT("damHeightM", "f.dam_height_m"),
    YEAR_COMMISSIONED("yearCommissioned", "f.year_commissioned"),
    THI("thi", "thi.value", "thi.value_low"),
    TRI("tri", "tri.value", "tri.value_low"),
    UPDATED_AT("updatedAt", "f.updated_at");

    private final String field;

    private final String column;

    private final String tieBreaker;

    FacilitySort(String field, String column) {
        this(field, column, null);
    }

    /** An index sorts by its upper bound, ties by its lower bound (the precautionary ranking rule). */
    FacilitySort(String field, String column, String tieBreaker) {
        this.field = field;
        this.column = column;
        this.tieBreaker = tieBreaker;
    }

    /** Returns the JSON field name used in the {@code sort} parameter. */
    public String field() {
        return field;
    }

    /** Returns the SQL ORDER BY terms in the given direction ({@code " DESC NULLS LAST"} or so). */
    String order(Locale locale, String direction) {
        return column(locale) + direction + (tieBreaker == null ? "" : ", " + tieBreaker + direction);
    }

    /** Returns the SQL expression to order by; the name is ordered as shown in the given language. */
    String column(Locale locale) {
        if (this != NAME) {
            return column;
        }
        return switch (locale.getLanguage()) {
            case "ru" -> "coalesce(f.name_ru, f.name)";
            case "kk" -> "coalesce(f.name_kk, f.name)";
            default -> "f.name";
        };
    }

    /** Finds the sort column for a field name. */
    public static Optional<FacilitySort> ofField(String field) {
        return Arrays.stream(values()).filter(sort -> sort.field.equals(field)).findFirst();
    }

}
