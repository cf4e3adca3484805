package org.tmfsafety.server.datarequest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Which facilities a data request asks about; every given criterion must hold. Archived facilities and facilities
 * without an operator are never asked about (nobody could answer).
 *
 * @param facilityIds these facilities only
 * @param operatorId the facilities of this operator organisation
 * @param country ISO 3166-1 alpha-3 code
 * @param region the region as the registry writes it
 * @param maxCompleteness facilities whose hazard or risk rating rests on known inputs for less than this share of
 *        its possible points, in percent; a facility that cannot be rated counts as 0 %
 * @param notRateable only the facilities that cannot be rated for want of size information
 */
public record Selection(@Size(max = 10000, message = "{datarequest.tooManyFacilities}") List<Long> facilityIds,
        Long operatorId, @Size(max = 3, message = "{validation.tooLong}") String country,
        @Size(max = 200, message = "{validation.tooLong}") String region,
        @Min(value = 1, message = "{validation.min}") @Max(value = 100, message = "{validation.max}") Integer maxCompleteness,
        Boolean notRateable) {

    /** Every facility that can be asked about. */
    public static Selection everything() {
        return new Selection(null, null, null, null, null, null);
    }

    public Selection {
        facilityIds = facilityIds == null || facilityIds.isEmpty() ? null : List.copyOf(facilityIds);
        country = country == null || country.isBlank() ? null : country.strip();
        region = region == null || region.isBlank() ? null : region.strip();
    }

    boolean onlyNotRateable() {
        return Boolean.TRUE.equals(notRateable);
    }
}
