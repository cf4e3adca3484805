package org.tmfsafety.server.workinggroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;

/**
 * Who may do what in the working group: every signed-in account reads it (ministries, inspectors and operators
 * share one picture), but sees only the facilities of items and decisions it may read ({@link #visible}, for the
 * API and the pages alike); administrators, authorities and the group's chair and secretary run it (members,
 * meetings, decisions, action items); an item's assignee (the user, or any user of the assigned organisation)
 * updates its status and comments on it, whether or not it may read the item's facility.
 */
@Component
public class WorkingGroupPermissions {

    private final CurrentUser user;

    private final MemberRepository members;

    private final FacilityRepository facilities;

    private final FacilityPermissions facilityPermissions;

    WorkingGroupPermissions(CurrentUser user, MemberRepository members, FacilityRepository facilities,
            FacilityPermissions facilityPermissions) {
        this.user = user;
        this.members = members;
        this.facilities = facilities;
        this.facilityPermissions = facilityPermissions;
    }

    /** Whether the current account may read the facility (true for no facility). */
    public boolean readsFacility(Long facilityId) {
        return facilityId == null || facilities.findById(facilityId).filter(facilityPermissions::canRead).isPresent();
    }

    /** The item as the current account may see it: without a facility it may not read. */
    public ActionItem visible(ActionItem item) {
        return readsFacility(item.facilityId()) ? item : item.withoutFacility();
    }

    /** The items as the current account may see them (each facility looked up once). */
    public List<ActionItem> visible(List<ActionItem> items) {
        Predicate<Long> reads = facilityReader();
        return items.stream().map(item -> reads.test(item.facilityId()) ? item : item.withoutFacility()).toList();
    }

    /** The decisions as the current account may see them: only with the facilities it may read. */
    List<MeetingRepository.Decision> visibleDecisions(List<MeetingRepository.Decision> decisions) {
        Predicate<Long> reads = facilityReader();
        return decisions.stream().map(decision -> decision.onlyFacilities(reads)).toList();
    }

    /** {@link #readsFacility}, remembering each facility's answer. */
    private Predicate<Long> facilityReader() {
        Map<Long, Boolean> known = new HashMap<>();
        return facilityId -> facilityId == null || known.computeIfAbsent(facilityId, this::readsFacility);
    }

    /** Whether the current account runs the group. */
    public boolean canManage() {
        if (user.isRegistryManager()) {
            return true;
        }
        return user.principal().flatMap(p -> members.roleOf(p.id())).map(GroupRole::runsTheGroup).orElse(false);
    }

    /** Whether the current account may change the item's status and comment on it. */
    public boolean canWork(ActionItem item) {
        if (canManage()) {
            return true;
        }
        long id = user.principal().map(p -> p.id()).orElse(-1L);
        return item.assigneeUserId() != null && item.assigneeUserId() == id
                || item.assigneeOrganisationId() != null && user.organisationIds().contains(item.assigneeOrganisationId());
    }

    void requireManage() {
        if (!canManage()) {
            throw new AccessDeniedException("Not allowed to run the working group");
        }
    }

    void requireWork(ActionItem item) {
        if (!canWork(item)) {
            throw new AccessDeniedException("Not allowed to work on this action item");
        }
    }
}
