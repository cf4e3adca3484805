package org.tmfsafety.server.facility;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.country.CountryShapes;
import org.tmfsafety.server.organisation.OrganisationKind;
import org.tmfsafety.server.organisation.OrganisationRepository;

/**
 * The checks on a {@link FacilityInput} that Bean Validation cannot express: known country, a point in (or near)
 * that country, existing organisations, an authority as the responsible authority, free code, consistent years. Error
 * codes are message keys of the bundles.
 */
@Component
class FacilityValidator {

    /** How many years ahead a planned commissioning date may lie. */
    static final int PLANNING_HORIZON_YEARS = 10;

    /**
     * How far outside its country's borders (Natural Earth 1:50m, a few km off in places) a facility's point may
     * lie: approximate coordinates and sites on a border river or the Caspian shore stay valid.
     */
    static final double OUTSIDE_COUNTRY_TOLERANCE_KM = 20;

    private final Countries countries;

    private final OrganisationRepository organisations;

    private final FacilityRepository facilities;

    private final Clock clock;

    private final CountryShapes shapes;

    FacilityValidator(Countries countries, OrganisationRepository organisations, FacilityRepository facilities,
            Clock clock, CountryShapes shapes) {
        this.countries = countries;
        this.shapes = shapes;
        this.organisations = organisations;
        this.facilities = facilities;
        this.clock = clock;
    }

    /**
     * Adds the errors of a normalized input to {@code errors}.
     * @param input the input, after {@link FacilityInput#normalize()}
     * @param existing the facility being changed, or null for a new one
     * @param errors where field errors are added
     */
    void validate(FacilityInput input, Facility existing, Errors errors) {
        Long existingId = existing == null ? null : existing.id();
        if (input.getCountry() != null && !countries.isKnown(input.getCountry()) && !errors.hasFieldErrors("country")) {
            errors.rejectValue("country", "facility.country.unknown", new Object[] { input.getCountry() }, null);
        }
        checkLocation(input, errors);
        checkOrganisation(input.getOperatorId(), "operatorId", errors);
        checkOrganisation(input.getAuthorityId(), "authorityId", errors);
        checkAuthority(input.getAuthorityId(), existing == null ? null : existing.authorityId(), errors);
        if (input.getCode() != null && !errors.hasFieldErrors("code") && facilities.codeTaken(input.getCode(), existingId)) {
            errors.rejectValue("code", facilities.codeArchived(input.getCode()) ? "facility.code.archived"
                    : "facility.code.taken", new Object[] { input.getCode() }, null);
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

    /**
     * Refuses a point far outside the facility's country (see {@link #OUTSIDE_COUNTRY_TOLERANCE_KM}), saying so
     * when latitude and longitude are swapped: the commonest mistake in inventories copied between tools.
     */
    private void checkLocation(FacilityInput input, Errors errors) {
        Double latitude = input.getLatitude();
        Double longitude = input.getLongitude();
        if (latitude == null || longitude == null || input.getCountry() == null || errors.hasFieldErrors("latitude")
                || errors.hasFieldErrors("longitude") || errors.hasFieldErrors("country")) {
            return;
        }
        CountryIndex index = shapes.index();
        double outside = index.distanceKm(input.getCountry(), latitude, longitude).orElse(0);
        if (outside <= OUTSIDE_COUNTRY_TOLERANCE_KM) {
            return;
        }
        if (Math.abs(longitude) <= 90
                && index.countryAt(longitude, latitude).filter(input.getCountry()::equals).isPresent()) {
            errors.rejectValue("latitude", "facility.location.swapped");
        }
        else {
            String km = String.valueOf(Math.round(outside));
            index.countryAt(latitude, longitude).ifPresentOrElse(
                    other -> errors.rejectValue("latitude", "facility.location.otherCountry", new Object[] { km, other },
                            null),
                    () -> errors.rejectValue("latitude", "facility.location.atSea", new Object[] { km }, null));
        }
    }

    /**
     * Refuses an organisation that is not an authority as the responsible authority, for everyone. A stored value sent
     * back unchanged is not checked again: a facility stays editable, and keeps its value, when an administrator later
     * changes that organisation's kind.
     */
    private void checkAuthority(Long id, Long stored, Errors errors) {
        if (id == null || id.equals(stored) || errors.hasFieldErrors("authorityId")) {
            return;
        }
        if (organisations.findById(id).filter(o -> o.kind() == OrganisationKind.AUTHORITY).isEmpty()) {
            errors.rejectValue("authorityId", "facility.authority.notAuthority");
        }
    }

    private void checkOrganisation(Long id, String field, Errors errors) {
        if (id != null && !organisations.exists(id)) {
            errors.rejectValue(field, "facility.organisation.unknown", new Object[] { String.valueOf(id) }, null);
        }
    }

}
