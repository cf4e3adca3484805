package org.tmfsafety.server.incident;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.exchange.Neighbour;
import org.tmfsafety.server.exchange.Neighbours;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;

/**
 * Incidents and their notification: an operator, inspector or authority reports an incident at a facility (or an
 * exercise); the product drafts the report from the data (downstream path, countries, crossing, travel time,
 * settlements, dam-break screening) with the points of contact of the countries it would reach; an authority reviews
 * it and issues it to the recipients it confirms, who get it by e-mail where SMTP is configured and acknowledge it
 * through the link in the message, or the authority records a receipt given another way. Follow-up reports are
 * numbered on the same incident. Every write is audited and checked by {@link IncidentPermissions}.
 */
@Service
public class IncidentService {

    /** How far ahead of the server's clock a reported time may lie (clocks of phones and laptops drift). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

    private final IncidentRepository incidents;

    private final PointOfContactRepository contacts;

    private final FacilityRepository facilities;

    private final FacilityPermissions facilityPermissions;

    private final IncidentPermissions permissions;

    private final IncidentFacts facts;

    private final NotificationText texts;

    private final SmartValidator validator;

    private final AuditLog audit;

    private final ObjectProvider<JavaMailSender> mail;

    private final ApplicationEventPublisher events;

    private final Neighbours neighbours;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    IncidentService(IncidentRepository incidents, PointOfContactRepository contacts, FacilityRepository facilities,
            FacilityPermissions facilityPermissions, IncidentPermissions permissions, IncidentFacts facts,
            NotificationText texts, SmartValidator validator, AuditLog audit, ObjectProvider<JavaMailSender> mail,
            ApplicationEventPublisher events, Neighbours neighbours, Clock clock) {
        this.incidents = incidents;
        this.contacts = contacts;
        this.facilities = facilities;
        this.facilityPermissions = facilityPermissions;
        this.permissions = permissions;
        this.facts = facts;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
        this.mail = mail;
        this.events = events;
        this.neighbours = neighbours;
        this.clock = clock;
    }

    /** An incident with its facility and its issued reports. */
    public record View(Incident incident, Facility facility, List<IssuedReport> reports) {
    }

    /**
     * A report as it would be issued now, with the points of contact proposed for it and its text in the languages
     * of the region and the reader's.
     */
    public record Draft(Report report, List<PointOfContact> proposed, List<PointOfContact> contacts,
            List<NotificationText.Text> texts) {
    }

    /**
     * What the authority confirms to issue a report.
     *
     * @param incidentVersion the version of the incident the authority reviewed
     * @param pointOfContactIds the recipients
     */
    public record Issue(ReportType type, String assistance, List<Long> pointOfContactIds, Integer incidentVersion) {
    }

    /**
     * Reports an incident at a facility.
     *
     * @throws InvalidInputException naming the fields that are wrong; nothing is written then
     */
    @Transactional
    public long report(long facilityId, IncidentInput input) {
        Facility facility = readableFacility(facilityId);
        permissions.requireReport(facility);
        validate(input, false);
        long id = incidents.insert(facilityId, input, AuditLog.currentActor());
        audit.record("incident", id, AuditAction.CREATE, null, incidents.find(id).orElseThrow());
        return id;
    }

    /** Changes an incident (status, release estimate, measures ...) on the version the caller saw. */
    @Transactional
    public Incident update(long id, IncidentInput input) {
        Incident before = find(id);
        permissions.requireReport(facility(before));
        validate(input, true);
        if (!incidents.update(id, input.version(), input)) {
            throw new EditConflictException("problem.conflict.incident", input.version(), find(id).version());
        }
        Incident after = find(id);
        audit.record("incident", id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** The incident, its facility and its reports. */
    public View view(long id) {
        Incident incident = find(id);
        return new View(incident, facility(incident), incidents.reports(id));
    }

    /** The incidents the current account may read, newest first; of one facility when given. */
    public List<Incident> list(Long facilityId) {
        permissions.requireList();
        if (facilityId != null) {
            Facility facility = readableFacility(facilityId);
            return permissions.canRead(facility) ? incidents.list(null, facilityId) : List.of();
        }
        return incidents.list(permissions.scope(), null);
    }

    /** The next report of the incident as it would be issued now; the first one an early warning by default. */
    public Draft draft(long id, ReportType type, String assistance, Locale locale) {
        Incident incident = find(id);
        Facility facility = facility(incident);
        permissions.requireNotify();
        Report report = next(incident, facility, type, assistance);
        List<PointOfContact> all = contacts.all();
        return new Draft(report, proposed(report.facts(), all), all,
                NotificationText.languages(locale).stream().map(language -> texts.of(report, language)).toList());
    }

    /**
     * What follows from the data, as the next report would say it, for everyone who reads the incident (the
     * recipients it would go to are for those who issue it: {@link #draft}).
     */
    public List<NotificationText.Text> preview(long id, Locale locale) {
        Incident incident = find(id);
        Report report = next(incident, facility(incident), null, null);
        return NotificationText.languages(locale).stream().map(language -> texts.of(report, language)).toList();
    }

    private Report next(Incident incident, Facility facility, ReportType type, String assistance) {
        ReportType chosen = type != null ? type
                : incident.reports() == 0 ? ReportType.EARLY_WARNING : ReportType.INFORMATION;
        return new Report(incident.reports() + 1, chosen, assistance == null ? "" : assistance.strip(),
                Report.Subject.of(incident), facts.of(facility));
    }

    /**
     * The points of contact of the countries to notify, then the joint bodies that the facility's country shares
     * with one of them (a river commission of both).
     */
    static List<PointOfContact> proposed(Facts facts, List<PointOfContact> all) {
        Set<PointOfContact> proposed = new LinkedHashSet<>();
        for (String country : facts.affectedCountries()) {
            all.stream().filter(c -> c.kind() == PointOfContact.Kind.COUNTRY && c.covers(country)).forEach(proposed::add);
        }
        for (PointOfContact body : all) {
            if (body.kind() == PointOfContact.Kind.JOINT_BODY && body.covers(facts.facilityCountry())
                    && facts.affectedCountries().stream().anyMatch(body::covers)) {
                proposed.add(body);
            }
        }
        return List.copyOf(proposed);
    }

    /**
     * Issues the next report to the recipients the authority confirmed, with the facts as they are now; each
     * recipient gets its own acknowledgement link.
     *
     * @throws InvalidInputException without recipients, with an unknown one, or a request for assistance that asks
     *         for nothing
     * @throws EditConflictException when the incident changed since the authority reviewed it
     */
    @Transactional
    public IssuedReport issue(long id, Issue issue) {
        Incident reviewed = find(id);
        permissions.requireNotify();
        Errors errors = new BeanPropertyBindingResult(issue, "issue");
        if (issue.type() == null) {
            errors.rejectValue("type", "validation.required");
        }
        if (issue.incidentVersion() == null) {
            errors.rejectValue("incidentVersion", "validation.required");
        }
        List<PointOfContact> recipients = new ArrayList<>();
        if (issue.pointOfContactIds() == null || issue.pointOfContactIds().isEmpty()) {
            errors.rejectValue("pointOfContactIds", "incident.recipients.required");
        }
        else {
            for (Long contactId : new LinkedHashSet<>(issue.pointOfContactIds())) {
                contacts.find(contactId == null ? -1 : contactId).ifPresentOrElse(recipients::add,
                        () -> errors.rejectValue("pointOfContactIds", "incident.recipients.unknown",
                                new Object[] { String.valueOf(contactId) }, null));
            }
        }
        if (issue.type() == ReportType.REQUEST_FOR_ASSISTANCE
                && (issue.assistance() == null || issue.assistance().isBlank())) {
            errors.rejectValue("assistance", "incident.assistance.required");
        }
        if (issue.assistance() != null && issue.assistance().length() > 5000) {
            errors.rejectValue("assistance", "validation.tooLong", new Object[] { 5000 }, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        Incident incident = incidents.lock(id).orElseThrow(() -> notFound(id));
        if (incident.version() != issue.incidentVersion()) {
            throw new EditConflictException("problem.conflict.incident", issue.incidentVersion(), incident.version());
        }
        Report report = next(incident, facility(incident), issue.type(), issue.assistance());
        long reportId = incidents.insertReport(id, report, AuditLog.currentActor());
        boolean smtp = mail.getIfAvailable() != null;
        for (PointOfContact recipient : recipients) {
            MailStatus status = recipient.email() == null ? MailStatus.NO_ADDRESS
                    : smtp ? MailStatus.PENDING : MailStatus.NOT_CONFIGURED;
            incidents.insertRecipient(reportId, recipient, token(), status, instanceCountry(recipient));
        }
        IssuedReport issued = incidents.reports(id).stream().filter(r -> r.id() == reportId).findFirst().orElseThrow();
        audit.record("incident_report", reportId, AuditAction.CREATE, null, issued);
        events.publishEvent(new ReportIssued(reportId));
        return issued;
    }

    /**
     * The country whose registry instance also receives the report: a country's point of contact whose country runs
     * a neighbouring instance this one shares a signing secret with; null otherwise (joint bodies run none).
     */
    private String instanceCountry(PointOfContact recipient) {
        if (recipient.kind() != PointOfContact.Kind.COUNTRY || recipient.countries().size() != 1) {
            return null;
        }
        String country = recipient.countries().get(0);
        return neighbours.forCountry(country).stream().anyMatch(Neighbour::signingSecretSet) ? country : null;
    }

    /** Published when a report is issued, so that its e-mails go out once the transaction has committed. */
    record ReportIssued(long reportId) {
    }

    /** The receipt a recipient's link opens; 404 for an unknown token. */
    public IncidentRepository.Receipt receipt(String token) {
        return incidents.byToken(token).orElseThrow(() -> new NotFoundException("problem.notFound.receipt"));
    }

    /**
     * Acknowledges receipt through the recipient's link (no account needed: the token is the recipient's).
     *
     * @throws StateConflictException when the receipt was acknowledged already
     */
    @Transactional
    public IssuedReport.Recipient acknowledgeByLink(String token, String by, String note) {
        IssuedReport.Recipient recipient = receipt(token).recipient();
        return acknowledge(recipient, "LINK", by, note);
    }

    /** Records a receipt the recipient gave another way (telephone, fax, a letter). */
    @Transactional
    public IssuedReport.Recipient recordAcknowledgement(long incidentId, long recipientId, String by, String note) {
        find(incidentId);
        permissions.requireNotify();
        if (incidents.incidentOfRecipient(recipientId).filter(i -> i == incidentId).isEmpty()) {
            throw new NotFoundException("problem.notFound.recipient", String.valueOf(recipientId));
        }
        IssuedReport.Recipient recipient = incidents.reports(incidentId).stream()
            .flatMap(r -> r.recipients().stream()).filter(x -> x.id() == recipientId).findFirst().orElseThrow();
        return acknowledge(recipient, "RECORDED", by, note);
    }

    private IssuedReport.Recipient acknowledge(IssuedReport.Recipient recipient, String via, String by, String note) {
        Acknowledgement input = new Acknowledgement(by == null ? null : by.strip(), note == null ? "" : note.strip());
        Errors errors = new BeanPropertyBindingResult(input, "acknowledgement");
        validator.validate(input, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        if (!incidents.acknowledge(recipient.id(), via, input.acknowledgedBy(), input.note())) {
            throw new StateConflictException("incident.receipt.already");
        }
        long incidentId = incidents.incidentOfRecipient(recipient.id()).orElseThrow();
        IssuedReport.Recipient after = incidents.reports(incidentId).stream().flatMap(r -> r.recipients().stream())
            .filter(x -> x.id() == recipient.id()).findFirst().orElseThrow();
        audit.record("incident_report_recipient", recipient.id(), AuditAction.UPDATE, recipient, after);
        return after;
    }

    /** Who acknowledges and how. */
    record Acknowledgement(
            @jakarta.validation.constraints.NotBlank(message = "{validation.required}")
            @jakarta.validation.constraints.Size(max = 300, message = "{validation.tooLong}") String acknowledgedBy,
            @jakarta.validation.constraints.Size(max = 2000, message = "{validation.tooLong}") String note) {
    }

    private void validate(IncidentInput input, boolean update) {
        Errors errors = new BeanPropertyBindingResult(input, "incident");
        validator.validate(input, errors);
        if (input.occurredAt() != null
                && input.occurredAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_TOLERANCE))) {
            errors.rejectValue("occurredAt", "incident.occurred.future");
        }
        if (update && input.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

    private Incident find(long id) {
        Incident incident = incidents.find(id).orElseThrow(() -> notFound(id));
        if (!permissions.canRead(facility(incident))) {
            throw notFound(id);
        }
        return incident;
    }

    private Facility facility(Incident incident) {
        return facilities.findById(incident.facilityId()).orElseThrow(() -> notFound(incident.id()));
    }

    /** The facility, or 404 when it does not exist or the current account may not see it. */
    private Facility readableFacility(long facilityId) {
        Facility facility = facilities.findById(facilityId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.facility", String.valueOf(facilityId)));
        if (!facilityPermissions.canRead(facility)) {
            throw new NotFoundException("problem.notFound.facility", String.valueOf(facilityId));
        }
        return facility;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.notFound.incident", String.valueOf(id));
    }

    private String token() {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
