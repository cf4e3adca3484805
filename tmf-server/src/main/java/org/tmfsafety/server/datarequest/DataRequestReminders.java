package org.tmfsafety.server.datarequest;

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
 * Reminds the operators of open data requests they have not fully answered: once when the due date is seven days
 * away or nearer, and once after it has passed (per request, organisation and due date). Runs hourly on one node
 * ({@link ClusterJobs}).
 */
@Component
class DataRequestReminders {

    static final String JOB = "data-request-reminders";

    /** How many days before its due date a request is reminded. */
    static final int DAYS_AHEAD = 7;

    private final DataRequestRepository requests;

    private final Notifications notifications;

    private final ClusterJobs jobs;

    private final Clock clock;

    DataRequestReminders(DataRequestRepository requests, Notifications notifications, ClusterJobs jobs, Clock clock) {
        this.requests = requests;
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
        for (DataRequest request : requests.open()) {
            if (today.plusDays(DAYS_AHEAD).isBefore(request.dueDate())) {
                continue;
            }
            boolean late = request.overdueOn(today);
            NotificationType type = late ? NotificationType.DATA_REQUEST_OVERDUE : NotificationType.DATA_REQUEST_DUE_SOON;
            for (Long organisation : requests.organisationsWithOpenItems(request.id())) {
                int created = notifications.notify(notifications.usersOf(organisation), type, DataRequestService.SUBJECT,
                        request.id(), DataRequestService.link(request.id()),
                        List.of(request.title(), request.dueDate().toString()),
                        type.name().toLowerCase() + ":" + request.id() + ":" + organisation + ":" + request.dueDate());
                if (late) {
                    overdue += created;
                }
                else {
                    soon += created;
                }
            }
        }
        return "due soon " + soon + ", overdue " + overdue;
    }
}
