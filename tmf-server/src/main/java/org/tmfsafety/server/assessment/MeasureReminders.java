package org.tmfsafety.server.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.notification.NotificationType;
import org.tmfsafety.server.notification.Notifications;
import org.tmfsafety.server.system.ClusterJobs;

/**
 * Tells the users of the responsible organisation (or, when none is set, the authorities) when a planned or
 * started measure of a safety programme is past its due date: once per measure and due date, never for an archived
 * facility. Hourly, one node.
 */
@Component
class MeasureReminders {

    static final String JOB = "measure-reminders";

    private final JdbcClient jdbc;

    private final Notifications notifications;

    private final ClusterJobs jobs;

    private final Clock clock;

    MeasureReminders(JdbcClient jdbc, Notifications notifications, ClusterJobs jobs, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.jobs = jobs;
        this.clock = clock;
    }

    private record Overdue(long id, long facilityId, String facilityCode, String measure, LocalDate dueDate,
            Long organisationId) {
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        jobs.runIfDue(JOB, Duration.ofHours(1), this::remind);
    }

    String remind() {
        List<Overdue> overdue = jdbc.sql("""
                SELECT p.id, p.facility_id, f.code, coalesce(p.custom_title, p.measure_id) AS measure, p.due_date,
                       p.responsible_organisation_id
                  FROM programme_item p JOIN facility f ON f.id = p.facility_id
                 WHERE p.status IN ('PLANNED', 'IN_PROGRESS') AND p.due_date < :today AND f.archived_at IS NULL""")
            .param("today", LocalDate.now(clock))
            .query((rs, row) -> new Overdue(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("code"),
                    rs.getString("measure"), rs.getObject("due_date", LocalDate.class),
                    rs.getObject("responsible_organisation_id", Long.class)))
            .list();
        int created = 0;
        for (Overdue item : overdue) {
            List<Long> readers = item.organisationId() == null ? List.of() : notifications.usersOf(item.organisationId());
            created += notifications.notify(readers.isEmpty() ? notifications.usersWithRoles(Role.AUTHORITY) : readers,
                    NotificationType.MEASURE_OVERDUE, "programme_item", item.id(),
                    "/facilities/" + item.facilityId() + "/programme",
                    List.of(item.measure(), item.facilityCode(), item.dueDate().toString()),
                    "measure-overdue:" + item.id() + ":" + item.dueDate());
        }
        return "overdue measures " + overdue.size() + ", notified " + created;
    }
}
