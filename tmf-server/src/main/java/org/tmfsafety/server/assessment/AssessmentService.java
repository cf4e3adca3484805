package org.tmfsafety.server.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.methodology.checklist.Answer;
import org.tmfsafety.methodology.checklist.Applicability;
import org.tmfsafety.methodology.checklist.ChecklistQuestion;
import org.tmfsafety.methodology.checklist.ChecklistScore;
import org.tmfsafety.methodology.checklist.ChecklistScorer;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.methodology.checklist.Evidence;
import org.tmfsafety.methodology.checklist.Family;
import org.tmfsafety.methodology.checklist.MeasureProgramme;
import org.tmfsafety.methodology.checklist.MeasureTerm;
import org.tmfsafety.methodology.checklist.Response;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.methodology.Checklists;
import org.tmfsafety.server.methodology.MethodologyProfiles;
import org.tmfsafety.server.notification.NotificationType;
import org.tmfsafety.server.notification.Notifications;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;
import org.tmfsafety.server.system.Texts;
import org.tmfsafety.server.system.Enums;

/**
 * Starts, answers and submits assessments. Who may read and assess which facility's is decided by
 * {@link AssessmentPermissions}; every verb first looks the assessment up through {@link #readable}, so an assessment
 * the caller may not read is not found (404) whatever is asked of it. Every write is validated completely before
 * anything is written, runs in one transaction with its audit record, and a submitted assessment takes no more
 * answers.
 */
@Service
public class AssessmentService {

    static final String AUDIT_TYPE = "assessment";

    static final int MAX_COMMENT = 4_000;

    private final AssessmentRepository assessments;

    private final FacilityRepository facilities;

    private final FacilityPermissions facilityPermissions;

    private final AssessmentPermissions permissions;

    private final CurrentUser user;

    private final Checklists checklists;

    private final MethodologyProfiles profiles;

    private final AuditLog audit;

    private final JsonMapper json;

    /** The coverage in percent an assessment needs to be approved ({@code tmf.assessment.min-coverage-for-approval}). */
    private final double minCoverageForApproval;

    private final Notifications notifications;

    AssessmentService(AssessmentRepository assessments, FacilityRepository facilities,
            FacilityPermissions facilityPermissions, AssessmentPermissions permissions, CurrentUser user,
            Checklists checklists, MethodologyProfiles profiles, AuditLog audit, JsonMapper json,
            Notifications notifications,
            @Value("${tmf.assessment.min-coverage-for-approval:0}") double minCoverageForApproval) {
        this.notifications = notifications;
        this.minCoverageForApproval = minCoverageForApproval;
        this.assessments = assessments;
        this.facilities = facilities;
        this.facilityPermissions = facilityPermissions;
        this.permissions = permissions;
        this.user = user;
        this.checklists = checklists;
        this.profiles = profiles;
        this.audit = audit;
        this.json = json;
    }

    /** Starts an assessment of a facility with a questionnaire family. */
    @Transactional
    public Assessment start(long facilityId, String family) {
        return start(facilityId, family, false);
    }

    /**
     * Starts an assessment of a facility with a questionnaire family; a follow-up refers to the facility's latest
     * approved assessment (409 when there is none), whose answers its questionnaire shows and can take over.
     */
    @Transactional
    public Assessment start(long facilityId, String family, boolean followUp) {
        Facility facility = readableFacility(facilityId);
        requireAssess(facility);
        Family chosen = Enums.parse(Family.class, family);
        if (chosen == null) {
            Errors errors = new MapBindingResult(new HashMap<>(), "assessment");
            errors.rejectValue("family", family == null ? "validation.required" : "validation.enum",
                    new Object[] { "QUICK, DETAILED, ABANDONED" }, null);
            throw new InvalidInputException(errors);
        }
        Long previous = null;
        if (followUp) {
            previous = assessments.latestApproved(facilityId)
                .orElseThrow(() -> new StateConflictException("assessment.followUp.none", facility.code()));
        }
        ChecklistTemplate template = checklists.current();
        long id = assessments.insert(facilityId, template.id(), chosen, username(), previous);
        Assessment created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, null, Map.of("facilityId", facilityId, "family", chosen,
                "template", template.id().toString()));
        return created;
    }

    /** The answers of the assessment a follow-up follows, by question; empty for any other assessment. */
    public Map<String, AnswerInput> previousAnswers(Assessment assessment) {
        if (assessment.previousAssessmentId() == null) {
            return Map.of();
        }
        Map<String, AnswerInput> previous = new LinkedHashMap<>();
        assessments.answers(assessment.previousAssessmentId()).forEach(answer -> previous.put(answer.questionId(), answer));
        return previous;
    }

    /**
     * Takes over the previous assessment's answers (answer, evidence, comment) for the applicable questions of a
     * follow-up draft that are not answered yet, as the inspector asked; answers already given are kept.
     *
     * @return how many answers were taken over
     */
    @Transactional
    public int carryOver(long id) {
        AssessmentRepository.Head head = readable(id, true);
        requireAssess(facilityOf(head));
        requireDraft(head);
        if (head.previousId() == null) {
            throw new StateConflictException("assessment.followUp.notFollowUp", String.valueOf(id));
        }
        Set<String> answered = assessments.answers(id).stream().map(AnswerInput::questionId).collect(Collectors.toSet());
        Set<String> applicable = ids(applicable(head));
        int taken = 0;
        for (AnswerInput answer : assessments.answers(head.previousId())) {
            if (applicable.contains(answer.questionId()) && !answered.contains(answer.questionId())) {
                assessments.saveAnswer(id, answer, username());
                taken++;
            }
        }
        if (taken > 0) {
            assessments.touch(id);
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, null, Map.of("carriedOverFrom", head.previousId(),
                    "answers", taken));
        }
        return taken;
    }

    /** The assessments of a facility the current account may see, newest first; empty for the public. */
    public List<Assessment> forFacility(long facilityId) {
        if (!permissions.mayRead(readableFacility(facilityId))) {
            return List.of();
        }
        return assessments.idsOfFacility(facilityId).stream().map(this::get).toList();
    }

    /** Approves a submitted assessment (authorities and administrators); it can then never change. */
    @Transactional
    public Assessment approve(long id) {
        AssessmentRepository.Head head = readable(id, true);
        if (!permissions.mayApprove()) {
            throw new AccessDeniedException("Only an authority approves assessments");
        }
        if (head.status() != AssessmentStatus.SUBMITTED) {
            throw new StateConflictException("assessment.approve.notSubmitted", String.valueOf(id), head.status());
        }
        if (minCoverageForApproval > 0) {
            AssessmentResult kept = json.readValue(head.result(), AssessmentResult.class);
            if (kept.coverage() == null || kept.coverage() < minCoverageForApproval) {
                throw new StateConflictException("assessment.approve.coverage",
                        kept.coverage() == null ? "?" : String.valueOf(Math.round(kept.coverage())),
                        String.valueOf(Math.round(minCoverageForApproval)));
            }
        }
        assessments.approve(id, username());
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, Map.of("status", head.status()),
                Map.of("status", AssessmentStatus.APPROVED));
        return get(id);
    }

    /** Checks that the current account may read the facility's assessments and programme. */
    void requireReadable(long facilityId) {
        if (!permissions.mayRead(readableFacility(facilityId))) {
            throw new NotFoundException("problem.notFound.facility", String.valueOf(facilityId));
        }
    }

    /** Checks that the current account may change the facility's assessments and programme. */
    void requireAssess(long facilityId) {
        requireAssess(facilities.findById(facilityId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.facility", String.valueOf(facilityId))));
    }

    /** The operator of a facility the current account may read, or null when none is recorded. */
    Long operatorOf(long facilityId) {
        return readableFacility(facilityId).operatorId();
    }

    /** Whether the current account may approve assessments. */
    public boolean mayApprove() {
        return permissions.mayApprove();
    }

    /** The signed-in user's name. */
    String username() {
        return user.username();
    }

    /** Whether the current account may start and answer assessments of the facility (never of an archived one). */
    public boolean mayAssess(long facilityId) {
        return facilities.findById(facilityId).filter(facility -> !facility.archived()).map(permissions::mayAssess)
            .orElse(false);
    }

    /** The checklist template an assessment uses. */
    public ChecklistTemplate templateOf(Assessment assessment) {
        return template(assessment.template());
    }

    /** An assessment with its answers; the progress counts the questions that apply to its facility. */
    public Assessment get(long id) {
        AssessmentRepository.Head head = readable(id, false);
        List<AnswerInput> answers = assessments.answers(id);
        Set<String> applicable = ids(applicable(head));
        return new Assessment(head.id(), head.facilityId(), head.template(), head.family(), head.status(),
                head.startedBy(), head.startedAt(), head.submittedBy(), head.submittedAt(), answers,
                (int) answers.stream().filter(answer -> applicable.contains(answer.questionId())).count(),
                applicable.size(), head.version(), head.previousId());
    }

    /** The questions of the assessment that apply to its facility's state and dam raise method, in order. */
    public List<ChecklistQuestion> applicable(Assessment assessment) {
        return asked(assessment.id(), assessment.template(), assessment.family(), assessment.facilityId()).applicable();
    }

    /**
     * The questions of the assessment's questionnaire that do not apply to its facility: recorded as not applicable
     * without being asked, listed on request.
     */
    public List<ChecklistQuestion> notApplicable(Assessment assessment) {
        return asked(assessment.id(), assessment.template(), assessment.family(), assessment.facilityId())
            .notApplicable();
    }

    /**
     * What a questionnaire asks of a facility: the TMF state measures must suit, the questions that apply to it and
     * those that do not.
     */
    private record Asked(Applicability state, List<ChecklistQuestion> applicable,
            List<ChecklistQuestion> notApplicable) {
    }

    private Asked asked(AssessmentRepository.Head head) {
        return asked(head.id(), head.template(), head.family(), head.facilityId());
    }

    private Asked asked(long assessmentId, ProfileId templateId, Family family, long facilityId) {
        Facility facility = facilities.findById(facilityId).orElseThrow(() -> notFound(assessmentId));
        ChecklistTemplate template = template(templateId);
        Applicability state = state(family, facility);
        return new Asked(state, template.questions(family, state, facility.damRaiseMethod()),
                template.notApplicable(family, state, facility.damRaiseMethod()));
    }

    private List<ChecklistQuestion> applicable(AssessmentRepository.Head head) {
        return asked(head).applicable();
    }

    private static Set<String> ids(List<ChecklistQuestion> questions) {
        return questions.stream().map(ChecklistQuestion::id).collect(Collectors.toSet());
    }

    /**
     * Locks a draft assessment the current account may answer, for a change that goes with its answers.
     *
     * @return the questions of its questionnaire
     */
    Set<String> requireWritable(long id) {
        AssessmentRepository.Head head = readable(id, true);
        requireAssess(facilityOf(head));
        requireDraft(head);
        Set<String> questionIds = new HashSet<>();
        template(head).questions(head.family()).forEach(question -> questionIds.add(question.id()));
        return questionIds;
    }

    /**
     * Saves answers (new ones added, given ones replaced); all are checked first and none is saved when one is
     * wrong.
     */
    @Transactional
    public Assessment answer(long id, List<AnswerInput> answers) {
        Set<String> questionIds = requireWritable(id);
        Errors errors = new MapBindingResult(new HashMap<>(), "answers");
        if (answers == null || answers.isEmpty()) {
            errors.reject("assessment.answers.empty");
        }
        else {
            for (int i = 0; i < answers.size(); i++) {
                check(answers.get(i), "answers[" + i + "].", questionIds, errors);
            }
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        for (AnswerInput answer : answers) {
            assessments.saveAnswer(id, normalised(answer), username());
        }
        assessments.touch(id);
        return get(id);
    }

    /**
     * Saves answers given on a device (the questionnaire's offline field mode sends every answer this way) where the
     * server still has the answer the device last saw; an answer that someone changed on the server meanwhile is
     * not overwritten but returned as a conflict, for the inspector to settle. An answer the server already has as
     * sent counts as saved. All are checked first; none is saved when one is wrong.
     */
    @Transactional
    public SyncResult sync(long id, List<DeviceAnswer> answers) {
        Set<String> questionIds = requireWritable(id);
        Errors errors = new MapBindingResult(new HashMap<>(), "answers");
        if (answers == null || answers.isEmpty()) {
            errors.reject("assessment.answers.empty");
        }
        else {
            for (int i = 0; i < answers.size(); i++) {
                check(answers.get(i) == null ? null : answers.get(i).input(), "answers[" + i + "].", questionIds, errors);
            }
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        Map<String, AssessmentRepository.StoredAnswer> stored = assessments.storedAnswers(id);
        List<String> saved = new ArrayList<>();
        List<SyncResult.Conflict> conflicts = new ArrayList<>();
        boolean changed = false;
        for (DeviceAnswer answer : answers) {
            AnswerInput wanted = normalised(answer.input());
            AssessmentRepository.StoredAnswer current = stored.get(answer.questionId());
            if (current != null && same(current.answer(), wanted)) {
                saved.add(answer.questionId());
            }
            else if (current == null || answer.seen() != null && same(current.answer(), normalised(new AnswerInput(
                    answer.questionId(), answer.seen().answer(), answer.seen().evidence(), answer.seen().comment())))) {
                assessments.saveAnswer(id, wanted, username());
                stored.put(answer.questionId(), new AssessmentRepository.StoredAnswer(wanted, username(), null));
                saved.add(answer.questionId());
                changed = true;
            }
            else {
                AnswerInput server = current.answer();
                conflicts.add(new SyncResult.Conflict(answer.questionId(), server.answer(), server.evidence(),
                        server.comment(), current.updatedBy(), current.updatedAt()));
            }
        }
        if (changed) {
            assessments.touch(id);
        }
        Assessment now = get(id);
        return new SyncResult(now.answered(), now.questions(), saved, conflicts);
    }

    private static boolean same(AnswerInput a, AnswerInput b) {
        return Objects.equals(a.answer(), b.answer()) && Objects.equals(a.evidence(), b.evidence())
                && Objects.equals(a.comment(), b.comment());
    }

    /**
     * The questions of a draft the current account may submit that have no answer yet, in checklist order: the
     * page lists them and asks for confirmation before submitting.
     */
    public List<String> unanswered(long id) {
        AssessmentRepository.Head head = readable(id, false);
        requireAssess(facilityOf(head));
        requireDraft(head);
        Set<String> answered = assessments.answers(id).stream().map(AnswerInput::questionId).collect(Collectors.toSet());
        return applicable(head).stream().map(ChecklistQuestion::id)
            .filter(question -> !answered.contains(question)).toList();
    }

    /** Submits the assessment: its result is computed and kept, and it takes no more answers. */
    @Transactional
    public AssessmentResult submit(long id) {
        AssessmentRepository.Head head = readable(id, true);
        requireAssess(facilityOf(head));
        requireDraft(head);
        AssessmentResult result = compute(head);
        assessments.submit(id, username(), json.writeValueAsString(result));
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, Map.of("status", head.status()),
                Map.of("status", AssessmentStatus.SUBMITTED, "overall", String.valueOf(result.overall())));
        Facility facility = facilityOf(head);
        notifications.notify(notifications.usersWithRoles(Role.AUTHORITY, Role.ADMIN), NotificationType.ASSESSMENT_SUBMITTED,
                "assessment", id, "/assessments/" + id, List.of(facility.code(), facility.name()),
                "assessment-submitted:" + id);
        return result;
    }

    /**
     * Compares two assessments of the same facility category by category (the earlier one first, whichever order
     * they are given in).
     */
    public Comparison compare(long first, long second) {
        Assessment a = get(first);
        Assessment b = get(second);
        if (a.facilityId() != b.facilityId()) {
            Errors errors = new MapBindingResult(new HashMap<>(), "comparison");
            errors.reject("assessment.compare.otherFacility");
            throw new InvalidInputException(errors);
        }
        boolean inOrder = !a.startedAt().isAfter(b.startedAt());
        Assessment earlier = inOrder ? a : b;
        Assessment later = inOrder ? b : a;
        AssessmentResult before = result(earlier.id());
        AssessmentResult after = result(later.id());
        Map<String, Double> levelsBefore = new HashMap<>();
        before.categories().forEach(c -> levelsBefore.put(c.id(), c.level()));
        Map<String, Double> levelsAfter = new HashMap<>();
        after.categories().forEach(c -> levelsAfter.put(c.id(), c.level()));
        List<Comparison.Change> changes = new ArrayList<>();
        for (var category : templateOf(later).categories()) {
            Double x = levelsBefore.get(category.id());
            Double y = levelsAfter.get(category.id());
            if (x != null || y != null) {
                changes.add(new Comparison.Change(category.id(), x, y, Comparison.difference(x, y)));
            }
        }
        return new Comparison(earlier.id(), later.id(), before.overall(), after.overall(), changes);
    }

    /** The result: the kept one once submitted, else computed from the answers so far. */
    public AssessmentResult result(long id) {
        AssessmentRepository.Head head = readable(id, false);
        return head.result() != null ? json.readValue(head.result(), AssessmentResult.class) : compute(head);
    }

    private AssessmentResult compute(AssessmentRepository.Head head) {
        ChecklistTemplate template = template(head);
        Asked asked = asked(head);
        List<ChecklistQuestion> questions = asked.applicable();
        Set<String> applicable = ids(questions);
        List<Response> responses = new ArrayList<>();
        for (AnswerInput answer : assessments.answers(head.id())) {
            if (applicable.contains(answer.questionId())) {
                responses.add(new Response(answer.questionId(), Answer.valueOf(answer.answer()),
                        answer.evidence() == null ? null : Evidence.valueOf(answer.evidence())));
            }
        }
        ChecklistScore score = new ChecklistScorer(profiles.defaultProfile().checklist())
            .score(questions.stream().map(ChecklistQuestion::forScoring).toList(), responses);
        MeasureProgramme programme = template.programme(score.deficits(), asked.state());
        List<AssessmentResult.ProposedMeasure> proposed = new ArrayList<>();
        for (MeasureTerm term : MeasureTerm.values()) {
            for (MeasureProgramme.SelectedMeasure measure : programme.byTerm().getOrDefault(term, List.of())) {
                proposed.add(new AssessmentResult.ProposedMeasure(measure.measureId(), term.name(),
                        template.measures().get(measure.measureId()).title().en(), measure.priority(),
                        measure.questionIds()));
            }
        }
        return new AssessmentResult(score.overallLevel(),
                score.categories().stream()
                    .map(level -> new AssessmentResult.CategoryLevel(level.category(), level.level(), level.coverage(),
                            level.answered(), level.notAssessed()))
                    .toList(),
                score.deficits().stream()
                    .map(deficit -> new AssessmentResult.Deficit(deficit.questionId(), deficit.category(), deficit.gap()))
                    .toList(),
                proposed, score.coverage(), score.answered(), score.unanswered(),
                asked.notApplicable().stream().map(ChecklistQuestion::id).toList());
    }

    /** The state measures must suit: abandoned for that questionnaire, else from the facility's status. */
    private static Applicability state(Family family, Facility facility) {
        if (family == Family.ABANDONED) {
            return Applicability.ABANDONED;
        }
        return switch (facility.status()) {
            case ABANDONED -> Applicability.ABANDONED;
            case CLOSED -> Applicability.CLOSED;
            default -> Applicability.OPERATING;
        };
    }

    private static void check(AnswerInput answer, String prefix, Set<String> questionIds, Errors errors) {
        if (answer == null) {
            errors.reject("assessment.answers.empty");
            return;
        }
        if (answer.questionId() == null || !questionIds.contains(answer.questionId())) {
            errors.rejectValue(prefix + "questionId", "assessment.question.unknown",
                    new Object[] { String.valueOf(answer.questionId()) }, null);
        }
        if (Enums.parse(Answer.class, answer.answer()) == null) {
            errors.rejectValue(prefix + "answer", answer.answer() == null ? "validation.required" : "validation.enum",
                    new Object[] { "YES, PARTLY, NO, NOT_APPLICABLE, UNKNOWN" }, null);
        }
        if (answer.evidence() != null && !answer.evidence().isBlank() && Enums.parse(Evidence.class, answer.evidence()) == null) {
            errors.rejectValue(prefix + "evidence", "validation.enum",
                    new Object[] { "DOCUMENTED, OBSERVED, STATED_ONLY" }, null);
        }
        if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
            errors.rejectValue(prefix + "comment", "assessment.comment.tooLong", new Object[] { MAX_COMMENT }, null);
        }
    }

    private static AnswerInput normalised(AnswerInput answer) {
        return new AnswerInput(answer.questionId(), Texts.blankToNull(answer.answer()), Texts.blankToNull(answer.evidence()),
                Texts.blankToNull(answer.comment()));
    }

    /**
     * The assessment, when it exists and the current account may read it; else not found, so that nobody learns
     * from any verb whether an assessment they may not read exists.
     *
     * @param forUpdate whether to lock it (inside a transaction) for a change
     */
    private AssessmentRepository.Head readable(long id, boolean forUpdate) {
        AssessmentRepository.Head head = assessments.find(id, forUpdate).orElseThrow(() -> notFound(id));
        if (!permissions.mayRead(facilityOf(head))) {
            throw notFound(id);
        }
        return head;
    }

    private Facility facilityOf(AssessmentRepository.Head head) {
        return facilities.findById(head.facilityId()).orElseThrow(() -> notFound(head.id()));
    }

    /** The facility, when it exists and the current account may see it; else not found. */
    private Facility readableFacility(long facilityId) {
        return facilities.findById(facilityId)
            .filter(facilityPermissions::canRead)
            .orElseThrow(() -> new NotFoundException("problem.notFound.facility", String.valueOf(facilityId)));
    }

    private void requireAssess(Facility facility) {
        if (!permissions.mayAssess(facility)) {
            throw new AccessDeniedException("Not allowed to assess facility " + facility.code());
        }
        if (facility.archived()) {
            throw new StateConflictException("facility.archived", facility.code());
        }
    }

    private static void requireDraft(AssessmentRepository.Head head) {
        if (head.status() != AssessmentStatus.DRAFT) {
            throw new StateConflictException("assessment.locked", String.valueOf(head.id()), head.status());
        }
    }

    private ChecklistTemplate template(AssessmentRepository.Head head) {
        return template(head.template());
    }

    private ChecklistTemplate template(ProfileId id) {
        return checklists.find(id)
            .orElseThrow(() -> new IllegalStateException("checklist template " + id + " is not installed"));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.notFound.assessment", String.valueOf(id));
    }
}
