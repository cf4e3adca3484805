package org.tmfsafety.server.facility;

import java.util.OptionalInt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * Creates, changes and deletes facilities. Every write is validated completely before anything is
 * written, runs in one transaction, and changes or deletes only the version the user has seen.
 */
@Service
public class FacilityService {

    private final FacilityRepository facilities;

    private final FacilityValidator validator;

    private final SmartValidator beanValidator;

    private final Countries countries;

    FacilityService(FacilityRepository facilities, FacilityValidator validator, SmartValidator beanValidator,
            Countries countries) {
        this.facilities = facilities;
        this.validator = validator;
        this.beanValidator = beanValidator;
        this.countries = countries;
    }

    /**
     * Normalizes the input and adds all its validation errors to {@code errors}.
     * @param input the submitted data
     * @param existingId the facility being changed, or null when creating one
     * @param errors where errors are collected (the form's binding result, for instance)
     */
    public void validate(FacilityInput input, Long existingId, Errors errors) {
        input.normalize();
        beanValidator.validate(input, errors);
        validator.validate(input, existingId, errors);
    }

    /**
     * Creates a facility; generates its code from the country when none is given.
     * @throws InvalidInputException when the input is invalid; nothing is written then
     */
    @Transactional
    public Facility create(FacilityInput input) {
        requireValid(input, null);
        String code = input.getCode() != null ? input.getCode()
                : facilities.nextCode(countries.alpha2(input.getCountry()).orElse(input.getCountry()));
        long id;
        try {
            id = facilities.insert(code, input);
        }
        catch (DuplicateKeyException e) {
            throw codeTaken(input, code);
        }
        return facilities.findById(id).orElseThrow();
    }

    /**
     * Changes a facility, provided nobody else changed it since the user read {@code input.version}.
     * @throws InvalidInputException when the input is invalid
     * @throws FacilityNotFoundException when the facility does not exist
     * @throws StaleFacilityException when the facility was changed meanwhile
     */
    @Transactional
    public Facility update(long id, FacilityInput input) {
        Facility current = facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
        requireValid(input, id);
        String code = input.getCode() != null ? input.getCode() : current.code();
        boolean updated;
        try {
            updated = facilities.update(id, input.getVersion(), code, input);
        }
        catch (DuplicateKeyException e) {
            throw codeTaken(input, code);
        }
        if (!updated) {
            throw conflictOrGone(id, input.getVersion());
        }
        return facilities.findById(id).orElseThrow();
    }

    /**
     * Deletes a facility.
     * @param expectedVersion when given, the facility is deleted only if it still has this version
     * @throws FacilityNotFoundException when the facility does not exist
     * @throws StaleFacilityException when the facility was changed meanwhile
     */
    @Transactional
    public void delete(long id, Integer expectedVersion) {
        if (!facilities.delete(id, expectedVersion)) {
            throw conflictOrGone(id, expectedVersion);
        }
    }

    private void requireValid(FacilityInput input, Long existingId) {
        Errors errors = new BeanPropertyBindingResult(input, "facility");
        validate(input, existingId, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException codeTaken(FacilityInput input, String code) {
        Errors errors = new BeanPropertyBindingResult(input, "facility");
        errors.rejectValue("code", "facility.code.taken", new Object[] { code }, null);
        return new InvalidInputException(errors);
    }

    private RuntimeException conflictOrGone(long id, Integer submittedVersion) {
        OptionalInt current = facilities.currentVersion(id);
        if (current.isEmpty()) {
            return new FacilityNotFoundException(id);
        }
        return new StaleFacilityException(submittedVersion, current.getAsInt());
    }

}
