package org.tmfsafety.server.facility;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.organisation.OrganisationRepository;

/**
 * The checks on a {@link FacilityInput} that Bean Validation cannot express: known country, existing
 * organisations, free code, consistent years. Error codes are message keys of the bundles.
 */
@Component
class FacilityValidator {

    /** How many years ahead a planned commissioning date may lie. */
    static final int PLANNING_HORIZON_YEARS = 10;

    private final Countries countries;

    private final OrganisationRepository organisations;

    private final FacilityRepository facilities;

    private final Clock clock;

    FacilityValidator(Countries countries, OrganisationRepository organisations, FacilityRepository facilities,
            Clock clock) {
        this.countries = countries;
        this.organisations = organisations;
        this.facilities = facilities;
        this.clock = clock;
    }

    /**
     * Adds the errors of a normalized input to {@code errors}.
     * @param input the input, after {@link FacilityInput#normalize()}
     * @param existingId the id of the facility being changed, or null for a new one
     * @param errors where field errors are added
     */
    void validate(FacilityInput input, Long existingId, Errors errors) {
        if (input.getCountry() != null && !countries.isKnown(input.getCountry()) && !errors.hasFieldErrors("country")) {
            errors.rejectValue("country", "facility.country.unknown", new Object[] { input.getCountry() }, null);
        }
        checkOrganisation(input.getOperatorId(), "operatorId", errors);
        checkOrganisation(input.getAuthorityId(), "authorityId", errors);
        if (input.getCode() != null && !errors.hasFieldErrors("code") && facilities.codeTaken(input.getCode(), existingId)) {
            errors.rejectValue("code", "facility.code.taken", new Object[] { input.getCode() }, null);
        }
        int latestYear = Year.now(clock).getValue() + PLANNING_HORIZON_YEARS;
        if (input.getYearCommissioned() != null && input.getYearCommissioned() > latestYear
                && !errors.hasFieldErrors("yearCommissioned")) {
            errors.rejectValue("yearCommissioned", "facility.year.tooLate", new Object[] { String.valueOf(latestYear) }, null);
        }
        if (input.getYearClosed() != null && input.getYearCommissioned() != null
                && input.getYearClosed() < input.getYearCommissioned() && !errors.hasFieldErrors("yearClosed")) {
            errors.rejectValue("yearClosed", "facility.yearClosed.beforeCommissioned",
                    new Object[] { String.valueOf(input.getYearCommissioned()) }, null);
        }
        if (existingId != null && input.getVersion() == null) {
            errors.rejectValue("version", "facility.version.required");
        }
    }

    private void checkOrganisation(Long id, String field, Errors errors) {
        if (id != null && !organisations.exists(id)) {
            errors.rejectValue(field, "facility.organisation.unknown", new Object[] { String.valueOf(id) }, null);
        }
    }

}
