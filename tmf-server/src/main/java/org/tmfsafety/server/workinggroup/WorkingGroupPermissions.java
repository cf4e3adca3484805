package org.tmfsafety.server.workinggroup;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;

/**
 * Who may do what in the working group: every signed-in account reads it (ministries, inspectors and operators
 * share one picture); administrators, authorities and the group's chair and secretary run it (members, meetings,
 * decisions, action items); an item's assignee (the user, or any user of the assigned organisation) updates its
 * status and comments on it.
 */
@Component
public class WorkingGroupPermissions {

    private final CurrentUser user;

    private final MemberRepository members;

    WorkingGroupPermissions(CurrentUser user, MemberRepository members) {
        this.user = user;
        this.members = members;
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
