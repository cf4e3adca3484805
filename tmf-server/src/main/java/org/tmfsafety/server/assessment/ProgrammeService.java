package org.tmfsafety.server.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.methodology.checklist.CatalogueMeasure;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.methodology.checklist.MeasureTerm;
import org.tmfsafety.server.account.Account;
import org.tmfsafety.server.account.AccountRepository;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.methodology.Checklists;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;
import org.tmfsafety.server.system.Texts;
import org.tmfsafety.server.system.Enums;

/**
 * A facility's safety improvement programme: measures taken from a submitted assessment's proposal (accepted,
 * dropped with a reason, added from the catalogue, or written by the inspector), each with a responsible
 * organisation, a due date (by default the end of its term's time frame), a status and evidence. Changes are
 * checked against the version the user saw.
 */
@Service
public class ProgrammeService {

    static final String AUDIT_TYPE = "programme_item";

    /** The longest reason for dropping a measure that is kept (the database column holds 2,000 characters). */
    static final int MAX_DROP_REASON = 2000;

    private final ProgrammeRepository items;

    private final AssessmentService assessments;

    private final ProgrammePermissions permissions;

    private final Checklists checklists;

    private final OrganisationRepository organisations;

    private final AuditLog audit;

    private final Clock clock;

    private final AccountRepository accounts;

    ProgrammeService(AccountRepository accounts, ProgrammeRepository items, AssessmentService assessments,
            ProgrammePermissions permissions,
            Checklists checklists, OrganisationRepository organisations, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.assessments = assessments;
        this.permissions = permissions;
        this.checklists = checklists;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The people a measure of the facility can be given to, by name: the enabled accounts of authorities, inspectors
     * and administrators, and those of the facility's operator (other operators' staff are not listed).
     */
    public List<Account> people(Long operatorId) {
        return accounts.findAll().stream()
            .filter(Account::enabled)
            .filter(account -> account.role() != Role.OPERATOR
                    || operatorId != null && account.organisationIds().contains(operatorId))
            .sorted(Comparator.comparing(Account::displayName))
            .toList();
    }

    /**
     * The measures a follow-up inspection of the facility verifies: those reported done (waiting for verification)
     * and those still open whose due date has come.
     */
    public List<ProgrammeItem> toVerify(long facilityId, String language) {
        LocalDate today = LocalDate.now(clock);
        return programme(facilityId, language).stream()
            .filter(item -> item.status() == ProgrammeStatus.DONE
                    || item.status().open() && item.dueDate() != null && !item.dueDate().isAfter(today))
            .toList();
    }

    /** The facility's programme, titles in the given language ("en", "ru" or "kk"). */
    public List<ProgrammeItem> programme(long facilityId, String language) {
        assessments.requireReadable(facilityId);
        return items.ofFacility(facilityId).stream().map(row -> item(row, language)).toList();
    }

    /** Takes an assessment's proposal into the facility's programme as decided. */
    @Transactional
    public List<ProgrammeItem> adopt(long assessmentId, ProgrammeDecision decision, String language) {
        Assessment assessment = assessments.get(assessmentId);
        assessments.requireAssess(assessment.facilityId());
        if (assessment.status() == AssessmentStatus.DRAFT) {
            throw new StateConflictException("programme.assessmentNotSubmitted", String.valueOf(assessmentId));
        }
        ChecklistTemplate template = assessments.templateOf(assessment);
        Set<String> proposed = new HashSet<>();
        Map<String, ProgrammePriority> priorities = new HashMap<>();
        assessments.result(assessmentId).proposedMeasures().forEach(measure -> {
            proposed.add(measure.id());
            priorities.put(measure.id(), ProgrammePriority.ofGap(measure.priority()));
        });
        Errors errors = new MapBindingResult(new HashMap<>(), "programme");
        List<String> accept = decision.accept() == null ? List.of() : decision.accept();
        List<ProgrammeDecision.Dropped> drop = decision.drop() == null ? List.of() : decision.drop();
        List<String> add = decision.add() == null ? List.of() : decision.add();
        List<ProgrammeDecision.Custom> custom = decision.custom() == null ? List.of() : decision.custom();
        for (int i = 0; i < accept.size(); i++) {
            if (!proposed.contains(accept.get(i))) {
                errors.rejectValue("accept[" + i + "]", "programme.notProposed", new Object[] { accept.get(i) }, null);
            }
        }
        for (int i = 0; i < drop.size(); i++) {
            ProgrammeDecision.Dropped dropped = drop.get(i);
            if (dropped.measureId() == null || !proposed.contains(dropped.measureId())) {
                errors.rejectValue("drop[" + i + "].measureId", "programme.notProposed",
                        new Object[] { String.valueOf(dropped.measureId()) }, null);
            }
            if (dropped.reason() == null || dropped.reason().isBlank()) {
                errors.rejectValue("drop[" + i + "].reason", "programme.reasonRequired");
            }
            else if (dropped.reason().strip().length() > MAX_DROP_REASON) {
                errors.rejectValue("drop[" + i + "].reason", "assessment.comment.tooLong",
                        new Object[] { MAX_DROP_REASON }, null);
            }
        }
        for (int i = 0; i < add.size(); i++) {
            if (!template.measures().containsKey(add.get(i))) {
                errors.rejectValue("add[" + i + "]", "programme.unknownMeasure", new Object[] { add.get(i) }, null);
            }
        }
        for (int i = 0; i < custom.size(); i++) {
            ProgrammeDecision.Custom own = custom.get(i);
            if (own.title() == null || own.title().isBlank() || own.title().strip().length() > 300) {
                errors.rejectValue("custom[" + i + "].title", "programme.customTitle");
            }
            if (Enums.parse(MeasureTerm.class, own.term()) == null) {
                errors.rejectValue("custom[" + i + "].term", "validation.enum", new Object[] { "SHORT, MEDIUM, LONG" },
                        null);
            }
        }
        if (accept.isEmpty() && drop.isEmpty() && add.isEmpty() && custom.isEmpty()) {
            errors.reject("programme.empty");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        String by = assessments.username();
        List<Long> created = new ArrayList<>();
        for (String measureId : concat(accept, add)) {
            CatalogueMeasure measure = template.measures().get(measureId);
            created.add(items.insert(assessment.facilityId(), assessmentId, measureId, null, measure.term().name(),
                    due(template, measure.term()), ProgrammeStatus.PLANNED, null, priorities.get(measureId), by));
        }
        for (ProgrammeDecision.Dropped dropped : drop) {
            CatalogueMeasure measure = template.measures().get(dropped.measureId());
            created.add(items.insert(assessment.facilityId(), assessmentId, dropped.measureId(), null,
                    measure.term().name(), null, ProgrammeStatus.DROPPED, dropped.reason().strip(),
                    priorities.get(dropped.measureId()), by));
        }
        for (ProgrammeDecision.Custom own : custom) {
            MeasureTerm term = Enums.parse(MeasureTerm.class, own.term());
            created.add(items.insert(assessment.facilityId(), assessmentId, null, own.title().strip(), term.name(),
                    due(template, term), ProgrammeStatus.PLANNED, null, null, by));
        }
        for (long id : created) {
            audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, Map.of("assessmentId", assessmentId));
        }
        return items.ofFacility(assessment.facilityId()).stream()
            .filter(row -> created.contains(row.id()))
            .map(row -> item(row, language))
            .toList();
    }

    /**
     * Changes a programme measure, provided nobody changed it since the given version and the current account may
     * make the change ({@link ProgrammePermissions}); a refused change changes nothing.
     */
    @Transactional
    public ProgrammeItem update(long itemId, ProgrammeUpdate update, String language) {
        ProgrammeRepository.Row current = items.find(itemId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.programmeItem", String.valueOf(itemId)));
        assessments.requireReadable(current.facilityId());
        assessments.requireAssess(current.facilityId());
        Errors errors = new MapBindingResult(new HashMap<>(), "programmeItem");
        ProgrammeStatus status = current.status();
        if (update.status() != null) {
            status = Enums.parse(ProgrammeStatus.class, update.status());
            if (status == null) {
                errors.rejectValue("status", "validation.enum",
                        new Object[] { "PLANNED, IN_PROGRESS, DONE, VERIFIED, DROPPED" }, null);
                status = current.status();
            }
        }
        permissions.requireChange(itemId, current.status(), status);
        String dropReason = update.dropReason() != null ? Texts.blankToNull(update.dropReason()) : current.dropReason();
        if (status == ProgrammeStatus.DROPPED && dropReason == null) {
            errors.rejectValue("dropReason", "programme.reasonRequired");
        }
        if (dropReason != null && dropReason.length() > MAX_DROP_REASON) {
            errors.rejectValue("dropReason", "assessment.comment.tooLong", new Object[] { MAX_DROP_REASON }, null);
        }
        Long organisation = update.responsibleOrganisationId() != null ? update.responsibleOrganisationId()
                : current.responsibleOrganisationId();
        if (update.responsibleOrganisationId() != null && !organisations.exists(update.responsibleOrganisationId())) {
            errors.rejectValue("responsibleOrganisationId", "programme.unknownOrganisation");
        }
        Long person = update.responsibleUserId() != null ? update.responsibleUserId() : current.responsibleUserId();
        if (update.responsibleUserId() != null && people(assessments.operatorOf(current.facilityId())).stream()
            .noneMatch(account -> account.id() == update.responsibleUserId())) {
            errors.rejectValue("responsibleUserId", "programme.unknownPerson");
        }
        ProgrammePriority priority = current.priority();
        if (update.priority() != null) {
            priority = Enums.parse(ProgrammePriority.class, update.priority());
            if (priority == null) {
                errors.rejectValue("priority", "validation.enum", new Object[] { "URGENT, IMPORTANT, ROUTINE" }, null);
            }
        }
        String evidence = update.evidence() != null ? Texts.blankToNull(update.evidence()) : current.evidence();
        String comment = update.comment() != null ? Texts.blankToNull(update.comment()) : current.comment();
        if (evidence != null && evidence.length() > AssessmentService.MAX_COMMENT) {
            errors.rejectValue("evidence", "assessment.comment.tooLong", new Object[] { AssessmentService.MAX_COMMENT },
                    null);
        }
        if (comment != null && comment.length() > AssessmentService.MAX_COMMENT) {
            errors.rejectValue("comment", "assessment.comment.tooLong", new Object[] { AssessmentService.MAX_COMMENT },
                    null);
        }
        if (update.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        if (update.version().intValue() != current.version()) {
            // the status checked above must be the one the write replaces
            throw new EditConflictException("problem.conflict.programmeItem", update.version(), current.version());
        }
        ProgrammeRepository.Row changed = new ProgrammeRepository.Row(current.id(), current.facilityId(),
                current.assessmentId(), current.measureId(), current.customTitle(), current.term(), organisation,
                update.dueDate() != null ? update.dueDate() : current.dueDate(), status,
                status == ProgrammeStatus.DROPPED ? dropReason : null, evidence, comment, update.version(), person,
                priority);
        if (!items.update(changed)) {
            throw new EditConflictException("problem.conflict.programmeItem", update.version(), current.version());
        }
        audit.record(AUDIT_TYPE, itemId, AuditAction.UPDATE, current, changed);
        return item(items.find(itemId).orElseThrow(), language);
    }

    private ProgrammeItem item(ProgrammeRepository.Row row, String language) {
        String title = row.customTitle();
        if (row.measureId() != null) {
            title = checklists.all().stream()
                .map(template -> template.measures().get(row.measureId()))
                .filter(measure -> measure != null)
                .findFirst()
                .map(measure -> measure.title().in(language))
                .orElse(row.measureId());
        }
        boolean overdue = row.status().open() && row.dueDate() != null && row.dueDate().isBefore(LocalDate.now(clock));
        String person = row.responsibleUserId() == null ? null
                : accounts.findById(row.responsibleUserId()).map(Account::displayName).orElse(null);
        return new ProgrammeItem(row.id(), row.facilityId(), row.assessmentId(), row.measureId(), title, row.term(),
                row.responsibleOrganisationId(), row.dueDate(), row.status(), row.dropReason(), row.evidence(),
                row.comment(), overdue, row.version(), row.responsibleUserId(), person, row.priority());
    }

    /** The end of the term's time frame from today; open-ended terms get twice their start. */
    private LocalDate due(ChecklistTemplate template, MeasureTerm term) {
        ChecklistTemplate.TimeFrame frame = template.terms().get(term);
        int months = frame.toMonths() != null ? frame.toMonths() : 2 * frame.fromMonths();
        return LocalDate.now(clock).plusMonths(months);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
