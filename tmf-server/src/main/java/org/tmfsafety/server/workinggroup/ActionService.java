package org.tmfsafety.server.workinggroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.server.account.Account;
import org.tmfsafety.server.account.AccountRepository;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.notification.NotificationType;
import org.tmfsafety.server.notification.Notifications;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.BeanChecks;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;

/**
 * Action items: validated, audited, optimistically locked writes; the assignee (the user, or every user of the
 * assigned organisation) is notified when an item is assigned to them. Items are handed out as the reader may see
 * them ({@link WorkingGroupPermissions#visible}); the checks and writes work on the stored item.
 */
@Service
public class ActionService {

    private final ActionRepository actions;

    private final AccountRepository accounts;

    private final OrganisationRepository organisations;

    private final WorkingGroupPermissions permissions;

    private final Notifications notifications;

    private final AuditLog audit;

    private final CurrentUser user;

    private final Validator validator;

    private final Clock clock;

    ActionService(ActionRepository actions, AccountRepository accounts, OrganisationRepository organisations,
            WorkingGroupPermissions permissions, Notifications notifications, AuditLog audit, CurrentUser user,
            Validator validator, Clock clock) {
        this.actions = actions;
        this.accounts = accounts;
        this.organisations = organisations;
        this.permissions = permissions;
        this.notifications = notifications;
        this.audit = audit;
        this.user = user;
        this.validator = validator;
        this.clock = clock;
    }

    /** An item as the current account may see it. */
    public ActionItem get(long id) {
        return permissions.visible(stored(id));
    }

    /**
     * Items as the current account may see them, pending first by due date; only pending ones when asked, only
     * those of a facility (which the account must be able to read) when given.
     */
    public List<ActionItem> list(boolean pendingOnly, Long facilityId) {
        if (!permissions.readsFacility(facilityId)) {
            throw new NotFoundException("problem.notFound.facility", String.valueOf(facilityId));
        }
        return permissions.visible(actions.list(pendingOnly, facilityId));
    }

    public List<ActionRepository.Comment> comments(long id) {
        return actions.comments(id);
    }

    /** Creates an item (group managers) and notifies its assignees. */
    @Transactional
    public ActionItem create(ActionInput input) {
        permissions.requireManage();
        Errors errors = new MapBindingResult(new HashMap<>(), "action");
        Account assignee = validate(input, null, errors);
        if (input.dueDate() != null && input.dueDate().isBefore(LocalDate.now(clock)) && !errors.hasFieldErrors("dueDate")) {
            errors.rejectValue("dueDate", "action.dueDate.past");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        long id = actions.insert(input, assignee == null ? null : assignee.id(), user.username());
        ActionItem item = stored(id);
        audit.record("wg_action", id, AuditAction.CREATE, null, item);
        notifyAssigned(item, Set.of());
        return permissions.visible(item);
    }

    /**
     * Updates an item: group managers change everything; assignees only its status (other fields are kept).
     * A facility the manager may not see is kept when none is given. Re-assigning notifies the new assignees.
     */
    @Transactional
    public ActionItem update(long id, ActionInput input) {
        ActionItem before = stored(id);
        permissions.requireWork(before);
        ActionInput effective;
        if (permissions.canManage()) {
            Long facilityId = input.facilityId() == null && !permissions.readsFacility(before.facilityId())
                    ? before.facilityId() : input.facilityId();
            effective = new ActionInput(input.title(), input.description(), input.assignee(), input.organisationId(),
                    input.dueDate(), facilityId, input.decisionId(), input.programmeItemId(), input.status(),
                    input.version());
        }
        else {
            effective = new ActionInput(before.title(), before.description(), before.assigneeUsername(),
                    before.assigneeOrganisationId(), before.dueDate(), before.facilityId(), before.decisionId(),
                    before.programmeItemId(), input.status(), input.version());
        }
        Errors errors = new MapBindingResult(new HashMap<>(), "action");
        Account assignee = validate(effective, before.facilityId(), errors);
        if (effective.status() == null) {
            errors.rejectValue("status", "validation.required");
        }
        if (effective.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        if (!actions.update(id, effective, assignee == null ? null : assignee.id(), effective.status(),
                effective.version())) {
            throw new EditConflictException("problem.conflict.action", effective.version(), stored(id).version());
        }
        ActionItem after = stored(id);
        audit.record("wg_action", id, AuditAction.UPDATE, before, after);
        notifyAssigned(after, recipients(before));
        return permissions.visible(after);
    }

    /** Adds a comment (group managers and assignees). */
    @Transactional
    public void comment(long id, String text) {
        ActionItem item = stored(id);
        permissions.requireWork(item);
        if (text == null || text.isBlank() || text.strip().length() > 5000) {
            Errors errors = new MapBindingResult(new HashMap<>(), "comment");
            errors.rejectValue("text", text == null || text.isBlank() ? "validation.required" : "validation.tooLong");
            throw new InvalidInputException(errors);
        }
        actions.comment(id, user.username(), text);
        audit.record("wg_action", id, AuditAction.UPDATE, null, Map.of("comment", text.strip()));
    }

    /** The accounts to tell about an item: its user and the users of its organisation. */
    Set<Long> recipients(ActionItem item) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (item.assigneeUserId() != null) {
            recipients.add(item.assigneeUserId());
        }
        if (item.assigneeOrganisationId() != null) {
            recipients.addAll(notifications.usersOf(item.assigneeOrganisationId()));
        }
        return recipients;
    }

    private void notifyAssigned(ActionItem item, Set<Long> alreadyTold) {
        Set<Long> recipients = recipients(item);
        recipients.removeAll(alreadyTold);
        notifications.notify(recipients, NotificationType.ACTION_ASSIGNED, "wg_action", item.id(),
                "/working-group/actions/" + item.id(),
                List.of(item.title(), item.dueDate() == null ? "–" : item.dueDate().toString()),
                "action-assigned:" + item.id() + ":" + item.assigneeUserId() + ":" + item.assigneeOrganisationId());
    }

    private ActionItem stored(long id) {
        return actions.find(id).orElseThrow(() -> new NotFoundException("problem.notFound.action", id));
    }

    /**
     * Checks an input; returns the assignee account, when one is named and exists. The facility is checked (it must
     * exist and be readable) when it is set or changed, so that an assignee works on an item whatever its facility.
     *
     * @param currentFacilityId the item's facility before the change (null for a new item)
     */
    private Account validate(ActionInput input, Long currentFacilityId, Errors errors) {
        BeanChecks.validate(validator, input, errors);
        Account assignee = null;
        if (input.assignee() != null && !input.assignee().isBlank()) {
            assignee = accounts.findByUsername(input.assignee().strip()).filter(Account::enabled).orElse(null);
            if (assignee == null) {
                errors.rejectValue("assignee", "action.assignee.unknown", new Object[] { input.assignee() }, null);
            }
        }
        else if (input.organisationId() == null) {
            errors.rejectValue("assignee", "action.assignee.required");
        }
        if (input.organisationId() != null && !organisations.exists(input.organisationId())) {
            errors.rejectValue("organisationId", "facility.organisation.unknown",
                    new Object[] { String.valueOf(input.organisationId()) }, null);
        }
        if (input.facilityId() != null && !input.facilityId().equals(currentFacilityId)
                && !permissions.readsFacility(input.facilityId())) {
            errors.rejectValue("facilityId", "problem.notFound.facility", new Object[] { input.facilityId() }, null);
        }
        if (input.decisionId() != null && !actions.exists("wg_decision", input.decisionId())) {
            errors.rejectValue("decisionId", "problem.notFound.decision", new Object[] { input.decisionId() }, null);
        }
        if (input.programmeItemId() != null && !actions.exists("programme_item", input.programmeItemId())) {
            errors.rejectValue("programmeItemId", "problem.notFound.programmeItem",
                    new Object[] { input.programmeItemId() }, null);
        }
        return assignee;
    }

}
