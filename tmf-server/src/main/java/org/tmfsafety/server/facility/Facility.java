package org.tmfsafety.server.facility;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Locale;

import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.FacilityType;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.server.system.LocalizedName;

/**
 * A tailings management facility as stored in the registry. Field names are the JSON field names of
 * the API; measures carry their unit in the name. An archived facility ({@code archivedAt} set) is kept with its
 * records and history but hidden from every list until an administrator restores it.
 */
public record Facility(long id, String code, String name, String nameRu, String nameKk, String siteName,
        OrganisationRef operator, OrganisationRef authority, String country, String region, double latitude,
        double longitude, boolean locationApproximate, FacilityStatus status, FacilityType facilityType,
        DamRaiseMethod damRaiseMethod, Double damHeightM, Double crestLengthM, Double impoundmentAreaHa,
        Double storedVolumeM3, Double designCapacityM3, Double storedTonnageT, Double designTonnageT,
        Double annualOreThroughputT, Integer throughputYears, boolean volumeApproximate, String commodity,
        String hazardousSubstances, WaterHazardClass waterHazardClass, Integer yearCommissioned, Integer yearClosed,
        String nearestWatercourse, String dataSources, String notes, boolean published,
        @JsonUnwrapped RiskInputs riskInputs, @JsonUnwrapped RatingSummary rating, TransboundarySummary transboundary,
        int version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime archivedAt, String archivedBy) {

    /** Returns the facility's name in the given language, falling back to the English name. */
    public String displayName(Locale locale) {
        return new LocalizedName(name, nameRu, nameKk).in(locale);
    }

    /** Returns the operator's id, so that a fetched facility can be sent back unchanged. */
    @JsonProperty("operatorId")
    public Long operatorId() {
        return operator == null ? null : operator.id();
    }

    /** Returns the responsible authority's id, so that a fetched facility can be sent back unchanged. */
    @JsonProperty("authorityId")
    public Long authorityId() {
        return authority == null ? null : authority.id();
    }

    /** Returns the facility without its internal fields (notes), as the public sees it. */
    public Facility publicView() {
        return new Facility(id, code, name, nameRu, nameKk, siteName, operator, authority, country, region, latitude,
                longitude, locationApproximate, status, facilityType, damRaiseMethod, damHeightM, crestLengthM,
                impoundmentAreaHa, storedVolumeM3, designCapacityM3, storedTonnageT, designTonnageT, annualOreThroughputT,
                throughputYears, volumeApproximate, commodity, hazardousSubstances,
                waterHazardClass, yearCommissioned, yearClosed, nearestWatercourse, dataSources, null, published, riskInputs,
                rating, transboundary, version, createdAt, updatedAt, archivedAt, archivedBy);
    }

    /** Returns whether the facility is archived: hidden from lists, read-only, restorable by an administrator. */
    @JsonIgnore
    public boolean archived() {
        return archivedAt != null;
    }

    /** Returns the data sources, one entry per non-empty line. */
    public List<String> sourceList() {
        return dataSources == null ? List.of() : dataSources.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * The organisation a facility refers to, with its names.
     *
     * @param id the organisation's id
     * @param name its English name
     * @param nameRu its Russian name, if any
     * @param nameKk its Kazakh name, if any
     */
    public record OrganisationRef(long id, String name, String nameRu, String nameKk) {

        /** Returns the organisation's name in the given language. */
        public String displayName(Locale locale) {
            return new LocalizedName(name, nameRu, nameKk).in(locale);
        }

    }

}
