package org.tmfsafety.server.facility;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.account.Role;

/**
 * Record-level rules of the registry. The public reads published facilities without internal fields;
 * operators read and edit the facilities of their own organisations (but not their responsible authority) and read
 * published ones; inspectors read everything; authorities and administrators read and edit everything. Archived
 * facilities are read by authorities and administrators only, changed by nobody, and restored by administrators. Used by
 * templates as {@code @facilityPermissions}.
 */
@Component("facilityPermissions")
public class FacilityPermissions {

    private final CurrentUser user;

    FacilityPermissions(CurrentUser user) {
        this.user = user;
    }

    /** Returns which facilities the current account may see in lists. */
    public FacilityScope scope() {
        return user.readsEverything() ? FacilityScope.ALL : new FacilityScope(false, user.organisationIds());
    }

    /** Returns whether the current account may see the facility at all. */
    public boolean canRead(Facility facility) {
        if (facility.archived()) {
            return canSeeArchived();
        }
        return facility.published() || seesInternalFields(facility);
    }

    /** Returns whether the current account sees the facility's internal fields and history. */
    public boolean seesInternalFields(Facility facility) {
        if (facility.archived()) {
            return canSeeArchived();
        }
        return user.readsEverything() || ownedByCurrentOperator(facility);
    }

    /** Returns whether the current account may list and read archived facilities. */
    public boolean canSeeArchived() {
        return user.isRegistryManager();
    }

    /** Returns whether the current account may restore the facility: an archived one, by an administrator. */
    public boolean canRestore(Facility facility) {
        return facility.archived() && user.isAdmin();
    }

    /** Returns whether the current account may create facilities at all. */
    public boolean canCreate() {
        return user.isRegistryManager() || (user.isOperator() && !user.organisationIds().isEmpty());
    }

    /** Returns whether the current account may change the facility; nobody changes an archived one. */
    public boolean canEdit(Facility facility) {
        return !facility.archived() && (user.isRegistryManager() || ownedByCurrentOperator(facility));
    }

    /**
     * Returns whether an imported row may name this code: the code of a facility the current account may change (the
     * row updates it), or, for accounts that change every facility, a code no facility has (the row creates one with
     * it). Any other code is refused alike, whether a facility the account may not change has it or none does, so
     * that an import tells nothing of the facilities an account may not change, not even whether one has the code.
     *
     * An archived facility's code passes for those who may see archived facilities, so that they are told it is
     * archived rather than given the general refusal.
     *
     * @param holder the facility that has the code, or null when none has it
     */
    boolean mayImportCode(Facility holder) {
        if (holder == null) {
            return user.isRegistryManager();
        }
        return canEdit(holder) || (holder.archived() && canSeeArchived());
    }

    /**
     * Returns whether the current account may record the facility's drainage route: those who know where a site's
     * water goes, authorities and inspectors for every facility and an operator for its own; nobody for an archived one.
     */
    public boolean canRecordDrainageRoute(Facility facility) {
        return !facility.archived() && (user.isRegistryManager() || user.hasAnyRole(Role.INSPECTOR)
                || ownedByCurrentOperator(facility));
    }

    void requireRecordDrainageRoute(Facility facility) {
        if (!canRead(facility)) {
            throw new FacilityNotFoundException(facility.id());
        }
        if (!canRecordDrainageRoute(facility)) {
            throw new AccessDeniedException("Not allowed to record the drainage route of facility " + facility.code());
        }
    }

    /**
     * Returns whether the current account may delete the facility (archived instead when records must be kept);
     * an archived one is not deleted.
     */
    public boolean canDelete(Facility facility) {
        return !facility.archived() && user.isRegistryManager();
    }

    /** Returns whether the current account may publish or withdraw facilities. */
    public boolean canPublish() {
        return user.isRegistryManager();
    }

    /**
     * Returns whether the current account may set or change a facility's responsible authority; others send the stored
     * value back unchanged (none for a new facility).
     */
    public boolean canAssignAuthority() {
        return user.isRegistryManager();
    }

    /** Returns whether the current account may assign a facility to the given operator organisation. */
    boolean mayAssignOperator(Long operatorId) {
        return user.isRegistryManager() || (operatorId != null && user.organisationIds().contains(operatorId));
    }

    /** Returns the facility as the current account may see it: without internal fields for the public. */
    public Facility visible(Facility facility) {
        return seesInternalFields(facility) ? facility : facility.publicView();
    }

    /**
     * Requires that the current account may change the facility. A facility it may not even read is not found (404),
     * as for reading, so that writes reveal no more than reads do; one it reads but may not change is refused (403).
     */
    void requireEdit(Facility facility) {
        if (!canRead(facility)) {
            throw new FacilityNotFoundException(facility.id());
        }
        if (!canEdit(facility)) {
            throw new AccessDeniedException("Not allowed to change facility " + facility.code());
        }
    }

    void requireDelete(Facility facility) {
        if (!canDelete(facility)) {
            throw new AccessDeniedException("Not allowed to delete facility " + facility.code());
        }
    }

    void requireSeeArchived() {
        if (!canSeeArchived()) {
            throw new AccessDeniedException("Not allowed to see archived facilities");
        }
    }

    void requireRestore(Facility facility) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Not allowed to restore facility " + facility.code());
        }
    }

    void requireCreate() {
        if (!canCreate()) {
            throw new AccessDeniedException("Not allowed to create facilities");
        }
    }

    private boolean ownedByCurrentOperator(Facility facility) {
        Set<Long> organisations = user.organisationIds();
        return user.isOperator() && facility.operator() != null && organisations.contains(facility.operator().id());
    }

    /**
     * The facilities a list may show.
     *
     * @param all every facility
     * @param organisationIds otherwise: published ones plus those operated by these organisations
     */
    public record FacilityScope(boolean all, Set<Long> organisationIds) {

        /** Every facility (registry readers, and jobs that compute national figures). */
        public static final FacilityScope ALL = new FacilityScope(true, Set.of());

    }

}
