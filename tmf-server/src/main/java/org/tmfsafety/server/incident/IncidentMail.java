package org.tmfsafety.server.incident;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.server.system.ClusterJobs;
import org.tmfsafety.server.system.Languages;

/**
 * E-mails issued reports to their recipients when an SMTP server is configured ({@code spring.mail.host}): at once
 * when a report is issued (after its transaction has committed), and every minute on one node for any left pending
 * (a node that stopped in between). Each message holds the report in English and Russian and the recipient's own
 * acknowledgement link. A refused message is marked failed with the server's answer, so that the authority sends
 * the report another way; it is not retried.
 */
@Component
class IncidentMail {

    static final String JOB = "incident-mail";

    private static final Logger log = LoggerFactory.getLogger(IncidentMail.class);

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Languages.RUSSIAN);

    private static final int BATCH = 200;

    private final ObjectProvider<JavaMailSender> sender;

    private final IncidentRepository incidents;

    private final NotificationText texts;

    private final ClusterJobs jobs;

    private final TransactionTemplate transactions;

    private final String from;

    private final String baseUrl;

    IncidentMail(ObjectProvider<JavaMailSender> sender, IncidentRepository incidents, NotificationText texts,
            ClusterJobs jobs, TransactionTemplate transactions,
            @Value("${tmf.mail.from:tmf-safety@localhost}") String from,
            @Value("${tmf.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.incidents = incidents;
        this.texts = texts;
        this.jobs = jobs;
        this.transactions = transactions;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener
    void issued(IncidentService.ReportIssued issued) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail != null) {
            send(mail);
        }
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail != null) {
            jobs.runIfDue(JOB, Duration.ofSeconds(30), () -> "sent " + send(mail));
        }
    }

    /** Sends pending messages one by one, each in its own transaction that locks its recipient. */
    int send(JavaMailSender mail) {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean done = transactions.execute(status -> incidents.nextPending().map(outgoing -> {
                try {
                    mail.send(message(outgoing));
                    incidents.mailed(outgoing.recipientId(), MailStatus.SENT, null);
                    return true;
                }
                catch (MailException ex) {
                    log.warn("Report {} of incident {} not sent to recipient {}: {}", outgoing.report().number(),
                            outgoing.incidentId(), outgoing.recipientId(), ex.getMessage());
                    incidents.mailed(outgoing.recipientId(), MailStatus.FAILED, String.valueOf(ex.getMessage()));
                    return false;
                }
            }).orElse(null));
            if (done == null) {
                break;
            }
            if (done) {
                sent++;
            }
        }
        return sent;
    }

    /** The receipt link of a recipient. */
    String link(String token) {
        return baseUrl + "/incident-receipts/" + token;
    }

    private SimpleMailMessage message(IncidentRepository.Outgoing outgoing) {
        List<NotificationText.Text> reports = LANGUAGES.stream().map(l -> texts.of(outgoing.report(), l)).toList();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(outgoing.email());
        message.setSubject(reports.stream().map(t -> (t.mark() != null ? "[" + t.mark() + "] " : "") + t.title())
            .reduce((a, b) -> a + " / " + b).orElseThrow());
        StringBuilder body = new StringBuilder();
        for (NotificationText.Text report : reports) {
            body.append(report.plain()).append('\n').append(texts.receiptLine(report.language(), link(outgoing.token())))
                .append("\n\n----------------------------------------\n\n");
        }
        message.setText(body.toString());
        return message;
    }
}
