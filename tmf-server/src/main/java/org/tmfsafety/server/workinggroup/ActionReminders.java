package org.tmfsafety.server.workinggroup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.notification.NotificationType;
import org.tmfsafety.server.notification.Notifications;
import org.tmfsafety.server.system.ClusterJobs;

/**
 * Reminds assignees of pending action items due within seven days, and tells them when an item is overdue: once
 * per item and due date (a new due date reminds again). Runs hourly on one node ({@link ClusterJobs}).
 */
@Component
class ActionReminders {

    static final String JOB = "action-reminders";

    /** How many days before its due date an item is reminded. */
    static final int DAYS_AHEAD = 7;

    private final ActionRepository actions;

    private final ActionService service;

    private final Notifications notifications;

    private final ClusterJobs jobs;

    private final Clock clock;

    ActionReminders(ActionRepository actions, ActionService service, Notifications notifications, ClusterJobs jobs,
            Clock clock) {
        this.actions = actions;
        this.service = service;
        this.notifications = notifications;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        jobs.runIfDue(JOB, Duration.ofHours(1), this::remind);
    }

    /** Creates the due reminders; returns a summary of how many were created. */
    String remind() {
        LocalDate today = LocalDate.now(clock);
        int soon = 0;
        int overdue = 0;
        for (ActionItem item : actions.pendingDueBy(today.plusDays(DAYS_AHEAD))) {
            boolean late = item.overdueOn(today);
            NotificationType type = late ? NotificationType.ACTION_OVERDUE : NotificationType.ACTION_DUE_SOON;
            int created = notifications.notify(service.recipients(item), type, "wg_action", item.id(),
                    "/working-group/actions/" + item.id(), List.of(item.title(), item.dueDate().toString()),
                    type.name().toLowerCase() + ":" + item.id() + ":" + item.dueDate());
            if (late) {
                overdue += created;
            }
            else {
                soon += created;
            }
        }
        return "due soon " + soon + ", overdue " + overdue;
    }
}
