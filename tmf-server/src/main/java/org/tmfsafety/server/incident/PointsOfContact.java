package org.tmfsafety.server.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;

/**
 * The list of points of contact that notifications go to: per country and per joint body (river commissions), kept
 * by authorities and administrators, audited. An issued report keeps a copy of each recipient as it was, so that
 * changing or deleting a point of contact never changes whom a sent report went to.
 */
@Service
public class PointsOfContact {

    private final PointOfContactRepository contacts;

    private final IncidentPermissions permissions;

    private final Countries countries;

    private final SmartValidator validator;

    private final AuditLog audit;

    PointsOfContact(PointOfContactRepository contacts, IncidentPermissions permissions, Countries countries,
            SmartValidator validator, AuditLog audit) {
        this.contacts = contacts;
        this.permissions = permissions;
        this.countries = countries;
        this.validator = validator;
        this.audit = audit;
    }

    public List<PointOfContact> all() {
        permissions.requireReadContacts();
        return contacts.all();
    }

    public PointOfContact get(long id) {
        permissions.requireReadContacts();
        return contacts.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public PointOfContact create(PointOfContactInput input) {
        permissions.requireManageContacts();
        long id = contacts.insert(input, checked(input, false), AuditLog.currentActor());
        PointOfContact created = contacts.find(id).orElseThrow();
        audit.record("point_of_contact", id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public PointOfContact update(long id, PointOfContactInput input) {
        permissions.requireManageContacts();
        PointOfContact before = contacts.find(id).orElseThrow(() -> notFound(id));
        List<String> codes = checked(input, true);
        if (!contacts.update(id, input.version(), input, codes, AuditLog.currentActor())) {
            throw new EditConflictException("problem.conflict.pointOfContact", input.version(), before.version());
        }
        PointOfContact after = contacts.find(id).orElseThrow();
        audit.record("point_of_contact", id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, Integer version) {
        permissions.requireManageContacts();
        PointOfContact before = contacts.find(id).orElseThrow(() -> notFound(id));
        if (version == null || !contacts.delete(id, version)) {
            throw new EditConflictException("problem.conflict.pointOfContact", version == null ? -1 : version,
                    before.version());
        }
        audit.record("point_of_contact", id, AuditAction.DELETE, before, null);
    }

    /** Validates the input and returns its countries as ISO alpha-3 codes. */
    private List<String> checked(PointOfContactInput input, boolean update) {
        Errors errors = new BeanPropertyBindingResult(input, "pointOfContact");
        validator.validate(input, errors);
        List<String> codes = new ArrayList<>();
        for (String country : input.countries()) {
            Optional<String> code = countries.find(country);
            if (code.isEmpty()) {
                errors.rejectValue("countries", "contact.country.unknown", new Object[] { country }, null);
            }
            else if (!codes.contains(code.get())) {
                codes.add(code.get());
            }
        }
        if (input.kind() == PointOfContact.Kind.COUNTRY && codes.size() > 1) {
            errors.rejectValue("countries", "contact.country.one");
        }
        if (update && input.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        return codes;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.notFound.pointOfContact", String.valueOf(id));
    }
}
