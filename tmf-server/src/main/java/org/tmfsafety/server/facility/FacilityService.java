package org.tmfsafety.server.facility;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.audit.HistoryEntry;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.StateConflictException;
import org.tmfsafety.server.transboundary.TransboundaryService;

/**
 * Creates, changes and deletes facilities. Every write is checked against the current account's rights
 * and validated completely before anything is written, runs in one transaction together with its audit
 * record, and changes or deletes only the version the user has seen. A facility with records that must be kept
 * ({@link FacilityRepository.KeptRecords}) is archived instead of deleted; archived facilities are not changed
 * until an administrator restores them.
 */
@Service
public class FacilityService {

    /** What deleting a facility did. */
    public enum Removal {
        /** The facility is gone. */
        DELETED,
        /** Records refer to the facility, so it was archived instead: kept with them, hidden, restorable. */
        ARCHIVED
    }

    /** The entity type of facilities in the audit trail. */
    static final String AUDIT_TYPE = "facility";

    private final FacilityRepository facilities;

    private final FacilityValidator validator;

    private final SmartValidator beanValidator;

    private final Countries countries;

    private final FacilityPermissions permissions;

    private final AuditLog audit;

    private final FacilityRatings ratings;

    private final TransboundaryService transboundary;

    private final CurrentUser user;

    FacilityService(FacilityRepository facilities, FacilityValidator validator, SmartValidator beanValidator,
            Countries countries, FacilityPermissions permissions, AuditLog audit, FacilityRatings ratings,
            TransboundaryService transboundary, CurrentUser user) {
        this.facilities = facilities;
        this.validator = validator;
        this.beanValidator = beanValidator;
        this.countries = countries;
        this.permissions = permissions;
        this.audit = audit;
        this.ratings = ratings;
        this.transboundary = transboundary;
        this.user = user;
    }

    /**
     * Normalizes the input and adds all its validation errors to {@code errors}.
     * @param input the submitted data
     * @param existing the facility being changed, or null when creating one
     * @param errors where errors are collected (the form's binding result, for instance)
     */
    public void validate(FacilityInput input, Facility existing, Errors errors) {
        input.normalize();
        if (existing != null && input.getPublished() == null) {
            input.setPublished(existing.published());
        }
        if (existing != null && existing.archived()) {
            errors.rejectValue("code", "facility.archived", new Object[] { existing.code() }, null);
        }
        beanValidator.validate(input, errors);
        validator.validate(input, existing, errors);
        if (!errors.hasFieldErrors("operatorId") && !permissions.mayAssignOperator(input.getOperatorId())) {
            errors.rejectValue("operatorId", "facility.operator.notYours");
        }
        Long authorityBefore = existing == null ? null : existing.authorityId();
        if (!errors.hasFieldErrors("authorityId") && !Objects.equals(input.getAuthorityId(), authorityBefore)
                && !permissions.canAssignAuthority()) {
            errors.rejectValue("authorityId", "facility.authority.notAllowed");
        }
        boolean publishedBefore = existing != null && existing.published();
        if (Boolean.TRUE.equals(input.getPublished()) != publishedBefore && !permissions.canPublish()) {
            errors.rejectValue("published", "facility.published.notAllowed");
        }
    }

    /**
     * Creates a facility; generates its code from the country when none is given.
     * @throws InvalidInputException when the input is invalid; nothing is written then
     */
    @Transactional
    public Facility create(FacilityInput input) {
        permissions.requireCreate();
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
        transboundary.recompute(id, input.getLatitude(), input.getLongitude());
        ratings.rate(facilities.findById(id).orElseThrow());
        Facility created = facilities.findById(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, created);
        return created;
    }

    /**
     * Changes a facility, provided nobody else changed it since the user read {@code input.version}.
     * @throws InvalidInputException when the input is invalid
     * @throws FacilityNotFoundException when the facility does not exist
     * @throws StaleFacilityException when the facility was changed meanwhile
     * @throws StateConflictException when the facility is archived
     */
    @Transactional
    public Facility update(long id, FacilityInput input) {
        Facility current = facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
        requireNotArchived(current);
        permissions.requireEdit(current);
        requireValid(input, current);
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
        if (current.latitude() != input.getLatitude() || current.longitude() != input.getLongitude()) {
            transboundary.recompute(id, input.getLatitude(), input.getLongitude());
        }
        ratings.rate(facilities.findById(id).orElseThrow());
        Facility changed = facilities.findById(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, current, changed);
        return changed;
    }

    /**
     * Deletes a facility, or archives it when records that must be kept refer to it.
     * @param expectedVersion when given, the facility is deleted only if it still has this version
     * @return whether it was deleted or archived
     * @throws FacilityNotFoundException when the facility does not exist
     * @throws StaleFacilityException when the facility was changed meanwhile
     * @throws StateConflictException when the facility is archived already
     */
    @Transactional
    public Removal delete(long id, Integer expectedVersion) {
        Facility current = locked(id);
        requireNotArchived(current);
        permissions.requireDelete(current);
        requireVersion(current, expectedVersion);
        if (facilities.keptRecords(id).any()) {
            facilities.archive(id, user.username());
            audit.record(AUDIT_TYPE, id, AuditAction.ARCHIVE, current, facilities.findById(id).orElseThrow());
            return Removal.ARCHIVED;
        }
        facilities.delete(id, expectedVersion);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, current, null);
        return Removal.DELETED;
    }

    /**
     * Restores an archived facility: it is listed and can be changed again.
     * @param expectedVersion when given, the facility is restored only if it still has this version
     * @throws FacilityNotFoundException when the facility does not exist or the account may not see it
     * @throws StaleFacilityException when the facility was changed meanwhile
     * @throws StateConflictException when the facility is not archived
     */
    @Transactional
    public Facility restore(long id, Integer expectedVersion) {
        Facility current = locked(id);
        if (!permissions.canRead(current)) {
            throw new FacilityNotFoundException(id);
        }
        permissions.requireRestore(current);
        if (!current.archived()) {
            throw new StateConflictException("facility.notArchived", current.code());
        }
        requireVersion(current, expectedVersion);
        facilities.restore(id);
        Facility restored = facilities.findById(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.RESTORE, current, restored);
        return restored;
    }

    /** Returns the history of changes of a facility, oldest first. */
    public List<HistoryEntry> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    /** The facility, its row locked until the transaction ends. */
    private Facility locked(long id) {
        if (!facilities.lock(id)) {
            throw new FacilityNotFoundException(id);
        }
        return facilities.findById(id).orElseThrow();
    }

    /** Refuses to change an archived facility: not found for those who may not see it, a conflict for the others. */
    private void requireNotArchived(Facility facility) {
        if (!facility.archived()) {
            return;
        }
        if (!permissions.canRead(facility)) {
            throw new FacilityNotFoundException(facility.id());
        }
        throw new StateConflictException("facility.archived", facility.code());
    }

    private static void requireVersion(Facility facility, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != facility.version()) {
            throw new StaleFacilityException(expectedVersion, facility.version());
        }
    }

    private void requireValid(FacilityInput input, Facility existing) {
        Errors errors = new BeanPropertyBindingResult(input, "facility");
        validate(input, existing, errors);
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
