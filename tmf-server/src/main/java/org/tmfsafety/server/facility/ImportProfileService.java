package org.tmfsafety.server.facility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.geo.crs.CoordinateSystem;
import org.tmfsafety.geo.crs.CoordinateSystemException;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;

/**
 * Import profiles: whoever may import reads and uses them; authorities and administrators save, change and delete
 * them (audited, optimistically locked).
 */
@Service
class ImportProfileService {

    static final String AUDIT_TYPE = "import_profile";

    private final ImportProfileRepository profiles;

    private final FacilityPermissions permissions;

    private final CurrentUser user;

    private final AuditLog audit;

    ImportProfileService(ImportProfileRepository profiles, FacilityPermissions permissions, CurrentUser user,
            AuditLog audit) {
        this.profiles = profiles;
        this.permissions = permissions;
        this.user = user;
        this.audit = audit;
    }

    /** Whether the current account may save, change and delete profiles. */
    boolean mayManage() {
        return user.isRegistryManager();
    }

    List<ImportProfile> list() {
        permissions.requireCreate();
        return profiles.findAll();
    }

    ImportProfile find(long id) {
        permissions.requireCreate();
        return profiles.findById(id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.importProfile", String.valueOf(id)));
    }

    @Transactional
    ImportProfile create(String name, ImportMapping mapping) {
        requireManage();
        check(name, mapping, null);
        long id = profiles.insert(name.strip(), mapping, user.username());
        ImportProfile created = find(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    ImportProfile update(long id, Integer version, String name, ImportMapping mapping) {
        requireManage();
        ImportProfile current = find(id);
        check(name, mapping, id);
        if (version == null || !profiles.update(id, version, name.strip(), mapping, user.username())) {
            throw new EditConflictException("problem.conflict.importProfile", version == null ? -1 : version,
                    current.version());
        }
        ImportProfile changed = find(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, current, changed);
        return changed;
    }

    /** Deletes a profile seen at the version and returns it as it was. */
    @Transactional
    ImportProfile delete(long id, Integer version) {
        requireManage();
        ImportProfile current = find(id);
        if (version == null || !profiles.delete(id, version)) {
            throw new EditConflictException("problem.conflict.importProfile", version == null ? -1 : version,
                    current.version());
        }
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, current, null);
        return current;
    }

    private void requireManage() {
        permissions.requireCreate();
        if (!mayManage()) {
            throw new AccessDeniedException("Only authorities and administrators manage import profiles");
        }
    }

    private void check(String name, ImportMapping mapping, Long id) {
        Errors errors = new MapBindingResult(new HashMap<>(Map.of()), "profile");
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "validation.required");
        }
        else if (name.strip().length() > 200) {
            errors.rejectValue("name", "import.profile.nameTooLong", new Object[] { 200 }, null);
        }
        else if (profiles.nameTaken(name.strip(), id)) {
            errors.rejectValue("name", "import.profile.nameTaken", new Object[] { name.strip() }, null);
        }
        if (mapping == null) {
            errors.rejectValue("mapping", "validation.required");
        }
        else {
            try {
                CoordinateSystem.parse(mapping.crs());
            }
            catch (CoordinateSystemException ex) {
                errors.rejectValue("mapping", "import.crs.system." + ex.reason(), new Object[] { mapping.crs() }, null);
            }
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }
}
