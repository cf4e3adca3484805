package org.tmfsafety.server.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.ClusterJobs;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;

/**
 * Incident notifications from neighbours: received when signed with the secret shared with the sender, stored,
 * acknowledged by an authority (recorded here, then posted to the sender's receipt URL; a receipt URL that cannot be
 * reached is tried again every {@code tmf.exchange.receipt-retry} on one node).
 */
@Component
class IncomingNotifications {

    static final String JOB = "notification-receipts";

    /** Document fields named in errors (paths into the document, not message keys). */
    private static final String COUNTRY_FIELD = "facility.country";

    private static final String ETA_MAX_FIELD = "transboundaryEffect.etaHoursMax";

    private static final Logger log = LoggerFactory.getLogger(IncomingNotifications.class);

    private final ExchangeRepository repository;

    private final Countries countries;

    private final JsonMapper json;

    private final ExchangePermissions permissions;

    private final CurrentUser user;

    private final ClusterJobs jobs;

    private final ExchangeSettings settings;

    private final HttpClient http;

    IncomingNotifications(ExchangeRepository repository, Countries countries, JsonMapper json,
            ExchangePermissions permissions, CurrentUser user, ClusterJobs jobs, ExchangeSettings settings) {
        this.repository = repository;
        this.countries = countries;
        this.json = json;
        this.permissions = permissions;
        this.user = user;
        this.jobs = jobs;
        this.settings = settings;
        this.http = Neighbours.httpClient(settings);
    }

    /** The sender is not a neighbour, has no shared secret, or the signature does not match: 401. */
    static final class UnsignedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnsignedException() {
            super("notification not signed by a known neighbour");
        }
    }

    /**
     * The outcome of receiving a notification.
     *
     * @param id the stored notification's id
     * @param created whether it is new (false: the sender had sent the same number and report type before)
     */
    record Received(long id, boolean created) {
    }

    /** Checks the signature, then the document, then stores it. */
    Received receive(String neighbourHeader, String signatureHeader, byte[] body) {
        Neighbour sender = Optional.ofNullable(neighbourHeader)
            .flatMap(countries::find)
            .flatMap(repository::neighbourOfCountry)
            .orElseThrow(UnsignedException::new);
        String secret = repository.signingSecret(sender.id()).orElseThrow(UnsignedException::new);
        if (!Signatures.verify(secret, body, signatureHeader)) {
            throw new UnsignedException();
        }
        NotificationDocument document = parse(body);
        NotificationDocument normalised = normalise(document);
        String substances = document.substances() == null ? null : String.join("; ", document.substances());
        Optional<Long> id = repository.insertNotification(sender, normalised, substances,
                new String(body, StandardCharsets.UTF_8));
        if (id.isPresent()) {
            log.info("Incident notification {} ({}{}) received from {}", document.number(), document.reportType(),
                    Boolean.TRUE.equals(document.exercise()) ? ", exercise" : "", sender.name());
            return new Received(id.get(), true);
        }
        return new Received(repository.notificationId(sender.country(), document.number(), document.reportType())
            .orElseThrow(), false);
    }

    private NotificationDocument parse(byte[] body) {
        Errors errors = new MapBindingResult(new HashMap<>(), "notification");
        NotificationDocument document;
        try {
            document = json.readValue(body, NotificationDocument.class);
        }
        catch (JacksonException ex) {
            String field = ex.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
            if (field.isEmpty()) {
                errors.reject("validation.unreadable");
            }
            else {
                errors.rejectValue(field, "validation.type");
            }
            throw new InvalidInputException(errors);
        }
        if (document == null) {
            errors.reject("validation.unreadable");
            throw new InvalidInputException(errors);
        }
        validate(document, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        return document;
    }

    private void validate(NotificationDocument d, Errors errors) {
        text(errors, "number", d.number(), true, 100);
        if (d.reportType() == null) {
            errors.rejectValue("reportType", "validation.required");
        }
        if (d.exercise() == null) {
            errors.rejectValue("exercise", "validation.required");
        }
        if (d.facility() == null) {
            errors.rejectValue("facility", "validation.required");
        }
        else {
            text(errors, "facility.name", d.facility().name(), true, 300);
            if (d.facility().country() == null || d.facility().country().isBlank()) {
                errors.rejectValue(COUNTRY_FIELD, "validation.required");
            }
            else if (countries.find(d.facility().country()).isEmpty()) {
                errors.rejectValue(COUNTRY_FIELD, "facility.country.unknown",
                        new Object[] { d.facility().country() }, null);
            }
            range(errors, "facility.latitude", d.facility().latitude(), -90, 90);
            range(errors, "facility.longitude", d.facility().longitude(), -180, 180);
        }
        if (d.occurredAt() == null) {
            errors.rejectValue("occurredAt", "validation.required");
        }
        text(errors, "kind", d.kind(), true, 200);
        if (d.substances() != null) {
            for (int i = 0; i < d.substances().size(); i++) {
                text(errors, "substances." + i, d.substances().get(i), true, 200);
            }
        }
        notNegative(errors, "estimatedReleaseM3", d.estimatedReleaseM3());
        NotificationDocument.TransboundaryEffect effect = d.transboundaryEffect();
        if (effect != null) {
            text(errors, "transboundaryEffect.river", effect.river(), false, 200);
            text(errors, "transboundaryEffect.crossing", effect.crossing(), false, 200);
            notNegative(errors, "transboundaryEffect.kmToBorder", effect.kmToBorder());
            notNegative(errors, "transboundaryEffect.etaHoursMin", effect.etaHoursMin());
            notNegative(errors, "transboundaryEffect.etaHoursMax", effect.etaHoursMax());
            if (effect.etaHoursMin() != null && effect.etaHoursMax() != null
                    && effect.etaHoursMax() < effect.etaHoursMin()) {
                errors.rejectValue(ETA_MAX_FIELD, "exchange.incoming.etaRange");
            }
        }
        text(errors, "measures", d.measures(), false, 5000);
        text(errors, "assistance", d.assistance(), false, 5000);
        text(errors, "contact", d.contact(), false, 1000);
        text(errors, "receiptUrl", d.receiptUrl(), true, 1000);
        if (d.receiptUrl() != null && !d.receiptUrl().isBlank() && d.receiptUrl().length() <= 1000
                && !Neighbours.validUrl(d.receiptUrl().strip().replaceFirst("\\?.*$", ""))) {
            errors.rejectValue("receiptUrl", "exchange.baseUrl.invalid");
        }
    }

    private static void text(Errors errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "validation.required");
            }
        }
        else if (value.length() > max) {
            errors.rejectValue(field, "exchange.validation.tooLong", new Object[] { max }, null);
        }
    }

    private static void notNegative(Errors errors, String field, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
            errors.rejectValue(field, "validation.notNegative");
        }
    }

    private static void range(Errors errors, String field, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            errors.rejectValue(field, "exchange.validation.range", new Object[] { min, max }, null);
        }
    }

    /** The document with the facility's country as alpha-3 and texts stripped. */
    private NotificationDocument normalise(NotificationDocument d) {
        NotificationDocument.Site site = new NotificationDocument.Site(d.facility().name().strip(),
                countries.find(d.facility().country()).orElseThrow(), d.facility().latitude(), d.facility().longitude());
        return new NotificationDocument(d.number().strip(), d.reportType(), d.exercise(), site, d.occurredAt(),
                d.kind().strip(), d.substances(), d.estimatedReleaseM3(), d.transboundaryEffect(), d.measures(),
                d.assistance(), d.contact(), d.receiptUrl().strip());
    }

    List<IncomingNotification> list() {
        permissions.requireReadNotifications();
        return repository.notifications();
    }

    IncomingNotification get(long id) {
        permissions.requireReadNotifications();
        return repository.notification(id).orElseThrow(() -> new NotFoundException("exchange.notification.notFound", id));
    }

    /**
     * Records the current user's acknowledgement and tries at once to post it to the sender's receipt URL; when that
     * fails the acknowledgement stays pending and is tried again later, so the answer is the same either way.
     */
    IncomingNotification acknowledge(long id, Integer version, String note) {
        permissions.requireAcknowledge();
        IncomingNotification current = get(id);
        if (version == null) {
            Errors errors = new MapBindingResult(new HashMap<>(), "acknowledgement");
            errors.rejectValue("version", "facility.version.required");
            throw new InvalidInputException(errors);
        }
        if (note != null && note.length() > 2000) {
            Errors errors = new MapBindingResult(new HashMap<>(), "acknowledgement");
            errors.rejectValue("note", "exchange.validation.tooLong", new Object[] { 2000 }, null);
            throw new InvalidInputException(errors);
        }
        if (current.acknowledgedAt() != null) {
            throw new StateConflictException("exchange.notification.alreadyAcknowledged");
        }
        String by = user.displayName() + " (" + user.username() + ")";
        if (repository.acknowledge(id, version, by, note == null || note.isBlank() ? null : note.strip()) == 0) {
            throw new EditConflictException("exchange.notification.conflict", version, get(id).version());
        }
        deliverReceipt(get(id));
        return get(id);
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        jobs.runIfDue(JOB, settings.receiptRetry(), this::retryReceipts);
    }

    /** Tries every pending acknowledgement again; returns a summary. */
    String retryReceipts() {
        int delivered = 0;
        List<IncomingNotification> pending = repository.pendingReceipts();
        for (IncomingNotification notification : pending) {
            if (deliverReceipt(notification)) {
                delivered++;
            }
        }
        return "receipts delivered " + delivered + " of " + pending.size();
    }

    /** Posts the acknowledgement (form fields acknowledgedBy, note) to the receipt URL; records the outcome. */
    private boolean deliverReceipt(IncomingNotification notification) {
        String form = "acknowledgedBy=" + encode(notification.acknowledgedBy() + ", " + settings.country())
                + "&note=" + encode(notification.acknowledgementNote() == null ? "" : notification.acknowledgementNote());
        String error;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(notification.receiptUrl()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                repository.receiptDelivered(notification.id());
                return true;
            }
            error = "HTTP " + response.statusCode();
        }
        catch (IOException | IllegalArgumentException ex) {
            error = ex.getClass().getSimpleName();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            error = ex.getClass().getSimpleName();
        }
        log.warn("Acknowledgement of notification {} not delivered to its receipt URL: {}", notification.id(), error);
        repository.receiptFailed(notification.id(), error);
        return false;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
