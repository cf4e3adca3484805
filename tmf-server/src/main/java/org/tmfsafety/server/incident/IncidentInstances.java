package org.tmfsafety.server.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.server.exchange.Neighbour;
import org.tmfsafety.server.exchange.Neighbours;
import org.tmfsafety.server.exchange.NotificationDocument;
import org.tmfsafety.server.system.ClusterJobs;

/**
 * Delivers issued reports to the registry instances of the countries they are addressed to (exchange feature,
 * {@link Neighbours#deliver}), as signed notification documents (docs/exchange.md) whose receipt URL is the
 * recipient's own acknowledgement link: at once when a report is issued (after its transaction has committed), then
 * every {@code tmf.exchange.receipt-retry} on one node while an instance cannot be reached or answers with a server
 * error. An instance that refuses the document (another 4xx) is marked failed with its answer and not tried again.
 */
@Component
class IncidentInstances {

    static final String JOB = "incident-instances";

    private static final Logger log = LoggerFactory.getLogger(IncidentInstances.class);

    private static final int BATCH = 200;

    private final IncidentRepository incidents;

    private final Neighbours neighbours;

    private final ClusterJobs jobs;

    private final TransactionTemplate transactions;

    private final JsonMapper json;

    private final Clock clock;

    private final Duration retry;

    private final String baseUrl;

    IncidentInstances(IncidentRepository incidents, Neighbours neighbours, ClusterJobs jobs,
            TransactionTemplate transactions, JsonMapper json, Clock clock,
            @Value("${tmf.exchange.receipt-retry:PT5M}") Duration retry,
            @Value("${tmf.base-url:http://localhost:8080}") String baseUrl) {
        this.incidents = incidents;
        this.neighbours = neighbours;
        this.jobs = jobs;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.retry = retry;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener
    void issued(IncidentService.ReportIssued issued) {
        deliver();
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        jobs.runIfDue(JOB, retry, () -> "delivered " + deliver());
    }

    /**
     * Tries every recipient waiting for its instance that was not tried within the retry interval, each in its own
     * transaction that locks it; returns how many were delivered.
     */
    int deliver() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(retry);
        int delivered = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean done = transactions.execute(status -> incidents.nextForInstance(before).map(this::deliver)
                .orElse(null));
            if (done == null) {
                break;
            }
            if (done) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(IncidentRepository.ToInstance outgoing) {
        Optional<Neighbour> neighbour = neighbours.forCountry(outgoing.country()).stream().findFirst();
        if (neighbour.isEmpty()) {
            incidents.triedInstance(outgoing.recipientId(), DeliveryStatus.FAILED, null);
            return false;
        }
        byte[] body = json.writeValueAsBytes(document(outgoing));
        Neighbours.Delivery delivery = neighbours.deliver(neighbour.get().id(), body);
        DeliveryStatus status = delivery.delivered() ? DeliveryStatus.DELIVERED
                : retried(delivery.status()) ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        if (!delivery.delivered()) {
            log.warn("Report {} of incident {} not delivered to the instance of {}: {} {}", outgoing.report().number(),
                    outgoing.incidentId(), outgoing.country(), delivery.status(), delivery.error());
        }
        incidents.triedInstance(outgoing.recipientId(), status,
                delivery.delivered() ? null : (delivery.status() == 0 ? "" : "HTTP " + delivery.status() + " ")
                        + (delivery.error() == null ? "" : delivery.error()));
        return delivery.delivered();
    }

    /** Whether a failed attempt is tried again: the instance was not reached, was busy or failed itself. */
    private static boolean retried(int status) {
        return status == 0 || status == 429 || status >= 500;
    }

    /** The report as the notification document the receiving instance reads (docs/exchange.md). */
    NotificationDocument document(IncidentRepository.ToInstance outgoing) {
        Report report = outgoing.report();
        Facts facts = report.facts();
        Report.Subject subject = report.subject();
        NotificationDocument.TransboundaryEffect effect = null;
        boolean crossesHere = facts.crossing() != null && outgoing.country().equals(facts.crossing().country());
        if (facts.river() != null || crossesHere) {
            effect = new NotificationDocument.TransboundaryEffect(facts.river(),
                    crossesHere ? String.format(Locale.ROOT, "%.4f, %.4f", facts.crossing().latitude(),
                            facts.crossing().longitude()) : null,
                    crossesHere ? facts.kmToBorder() : null, crossesHere ? facts.shortestHours() : null,
                    crossesHere ? facts.longestHours() : null);
        }
        List<String> substances = subject.substances() == null || subject.substances().isBlank() ? List.of()
                : Arrays.stream(subject.substances().split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        return new NotificationDocument(
                String.format(Locale.ROOT, "%s-%d-%d", neighbours.ownCountry(), outgoing.incidentId(), report.number()),
                NotificationDocument.ReportType.valueOf(report.type().name()), subject.exercise(),
                new NotificationDocument.Site(facts.facilityName(), facts.facilityCountry(), facts.latitude(),
                        facts.longitude()),
                subject.occurredAt(), subject.kind().name(), substances, subject.releaseM3(), effect,
                subject.measures(), blankToNull(report.assistance()), subject.contact(),
                baseUrl + "/api/v1/incident-receipts/" + outgoing.token());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
