package org.tmfsafety.server.organisation;

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

/** Creates and changes organisations; validated, audited, optimistically locked. */
@Service
public class OrganisationService {

    static final String AUDIT_TYPE = "organisation";

    private final OrganisationRepository organisations;

    private final SmartValidator beanValidator;

    private final Countries countries;

    private final AuditLog audit;

    OrganisationService(OrganisationRepository organisations, SmartValidator beanValidator, Countries countries,
            AuditLog audit) {
        this.organisations = organisations;
        this.beanValidator = beanValidator;
        this.countries = countries;
        this.audit = audit;
    }

    void validate(OrganisationInput input, Organisation existing, Errors errors) {
        input.normalize();
        beanValidator.validate(input, errors);
        if (input.getName() != null && !errors.hasFieldErrors("name")
                && organisations.nameTaken(input.getName(), existing == null ? null : existing.id())) {
            errors.rejectValue("name", "organisation.name.taken");
        }
        if (input.getCountry() != null && !errors.hasFieldErrors("country") && !countries.isKnown(input.getCountry())) {
            errors.rejectValue("country", "facility.country.unknown", new Object[] { input.getCountry() }, null);
        }
        if (existing != null && input.getVersion() == null) {
            errors.rejectValue("version", "facility.version.required");
        }
    }

    @Transactional
    Organisation create(OrganisationInput input) {
        requireValid(input, null);
        long id = organisations.insert(input.localizedName(), input.getKind(), input.getCountry(), input.getWebsite(),
                input.getDataSource());
        Organisation created = find(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, created);
        return created;
    }

    /**
     * Creates an organisation named in an imported file that matched none of the registry's (validated and audited
     * like one entered by hand; its data source names the file).
     */
    @Transactional
    public Organisation createNamedInImport(String name, OrganisationKind kind, String country, String source) {
        OrganisationInput input = new OrganisationInput();
        input.setName(name);
        input.setKind(kind);
        input.setCountry(country);
        input.setDataSource(source);
        return create(input);
    }

    @Transactional
    Organisation update(long id, OrganisationInput input) {
        Organisation current = find(id);
        requireValid(input, current);
        if (!organisations.update(id, input.getVersion(), input)) {
            throw new EditConflictException("problem.conflict.organisation", input.getVersion(), find(id).version());
        }
        Organisation changed = find(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, current, changed);
        return changed;
    }

    Organisation find(long id) {
        return organisations.findById(id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.organisation", String.valueOf(id)));
    }

    private void requireValid(OrganisationInput input, Organisation existing) {
        Errors errors = new BeanPropertyBindingResult(input, "organisation");
        validate(input, existing, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

}
