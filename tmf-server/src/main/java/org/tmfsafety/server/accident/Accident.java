package org.tmfsafety.server.accident;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.Severity;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.server.system.LocalizedName;

/**
 * A tailings dam failure as recorded: curated with the product (narrative in three languages) or imported from the
 * CSP2 list (English narrative, the file's row kept as {@code sourceRecord}). Unknown values are null.
 *
 * @param sourceKey stable key of the record's source, e.g. {@code curated:stava-1985}; imports update by it
 * @param damTypeText the dam type as the source wrote it, when it is more than the raise method says
 * @param severityRule the criterion of E20 that decided the severity, or null when the source gave the class
 */
public record Accident(long id, String sourceKey, Origin origin, int year, LocalDate occurredOn, String facilityName,
        String place, String country, Double latitude, Double longitude, boolean locationApproximate, String commodity,
        DamRaiseMethod damRaiseMethod, String damTypeText, String damFill, Double damHeightM, Double storageVolumeM3,
        Double releasedVolumeM3, Double runoutKm, Integer deaths, FailureCause cause, Severity severity,
        String severityRule, String receivingRivers, boolean transboundary, List<String> transboundaryCountries,
        LocalizedName narrative, List<String> sources, String sourceRecord, int version) {

    /** Where a record comes from. */
    public enum Origin {
        /** Written by the project from public sources, shipped with the product. */
        CURATED,
        /** A row of the CSP2 list of tailings dam failures, imported by a user. */
        CSP2,
        /** Made in this registry from a closed incident, its texts as the authority wrote them. */
        REGISTRY
    }

    /** Whether the narrative is written in the given language (not the English fallback). */
    public boolean narrativeIn(Locale locale) {
        return "en".equals(locale.getLanguage()) || !narrative.in(locale).equals(narrative.en());
    }

    /** The decade of the failure, e.g. 1980. */
    public int decade() {
        return year / 10 * 10;
    }

    /** A record ready to be written (no id or version yet), with its lessons. */
    public record Draft(Accident accident, List<Lesson> lessons) {
    }
}
