package org.tmfsafety.server.notification;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.server.system.ClusterJobs;

/**
 * Delivers notifications by e-mail when an SMTP server is configured ({@code spring.mail.host}; off by default):
 * every minute one node claims the job ({@link ClusterJobs}) and sends each unsent notification of users with an
 * address once, in Russian, Kazakh and English (accounts have no preferred language), with a link to its subject.
 */
@Component
class NotificationMail {

    static final String JOB = "notification-mail";

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"),
            Locale.ENGLISH);

    private static final int BATCH = 100;

    private final ObjectProvider<JavaMailSender> sender;

    private final Notifications notifications;

    private final ClusterJobs jobs;

    private final TransactionTemplate transactions;

    private final String from;

    private final String baseUrl;

    NotificationMail(ObjectProvider<JavaMailSender> sender, Notifications notifications, ClusterJobs jobs,
            TransactionTemplate transactions, @Value("${tmf.mail.from:tmf-safety@localhost}") String from,
            @Value("${tmf.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.notifications = notifications;
        this.jobs = jobs;
        this.transactions = transactions;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail != null) {
            jobs.runIfDue(JOB, Duration.ofSeconds(30), () -> "sent " + send(mail));
        }
    }

    /**
     * Sends unsent notifications, each in its own transaction that locks its row (so two senders never send one
     * twice); a failure rolls its notification back to unsent and ends the run (recorded by the job runner).
     */
    int send(JavaMailSender mail) {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean done = transactions.execute(status -> {
                List<Notifications.Outgoing> next = notifications.unsent(1);
                if (next.isEmpty()) {
                    return null;
                }
                Notifications.Outgoing outgoing = next.get(0);
                mail.send(message(outgoing));
                notifications.markEmailed(outgoing.notification().id());
                return true;
            });
            if (done == null) {
                break;
            }
            sent++;
        }
        return sent;
    }

    private SimpleMailMessage message(Notifications.Outgoing outgoing) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(outgoing.email());
        message.setSubject("TMF Safety: " + notifications.text(outgoing.notification(), LANGUAGES.get(0)));
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            body.append(notifications.text(outgoing.notification(), language)).append("\n\n");
        }
        body.append(baseUrl).append(outgoing.notification().link()).append('\n');
        message.setText(body.toString());
        return message;
    }
}
