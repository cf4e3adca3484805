package org.tmfsafety.server.assessment;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.methodology.checklist.Answer;
import org.tmfsafety.methodology.checklist.ChecklistQuestion;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.methodology.checklist.Evidence;
import org.tmfsafety.methodology.checklist.Family;
import org.tmfsafety.server.accident.AccidentRepository;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;

/**
 * The assessment pages: a facility's assessments with the start form, the questionnaire (grouped by category,
 * saved question by question as the inspector answers, and with a save button that works without scripts), and
 * the result with levels per category, deficits and proposed measures by term.
 */
@Controller
class AssessmentController {

    private final AssessmentService service;

    private final ProgrammeService programme;

    private final FacilityRepository facilities;

    private final OrganisationRepository organisations;

    private final MessageSource messages;

    private final PriorityMatrix matrix;

    private final AssessmentPdf pdf;

    private final AttachmentService attachments;

    private final AnswerSheet answerSheet;

    private final Clock clock;

    private final AccidentRepository accidents;

    AssessmentController(AssessmentService service, ProgrammeService programme, FacilityRepository facilities,
            OrganisationRepository organisations, MessageSource messages, PriorityMatrix matrix, AssessmentPdf pdf,
            AttachmentService attachments, AccidentRepository accidents, AnswerSheet answerSheet, Clock clock) {
        this.answerSheet = answerSheet;
        this.clock = clock;
        this.accidents = accidents;
        this.service = service;
        this.programme = programme;
        this.facilities = facilities;
        this.organisations = organisations;
        this.messages = messages;
        this.matrix = matrix;
        this.pdf = pdf;
        this.attachments = attachments;
    }

    @PostMapping("/assessments/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) String questionId,
            @RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            attachments.attach(id, questionId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("attached", true);
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("errors", errors(ex, locale));
        }
        return "redirect:/assessments/" + id + "#attachments";
    }

    @GetMapping("/assessments/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentResponses.download(attachments.download(id, attachmentId));
    }

    @GetMapping("/assessments/{id}/report.pdf")
    void report(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Assessment assessment = service.get(id);
        AssessmentResult result = service.result(id);
        List<ProgrammeItem> items = programme.programme(assessment.facilityId(), locale.getLanguage());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"assessment-" + id + ".pdf\"");
        pdf.render(facility(assessment.facilityId()), assessment, service.templateOf(assessment), result, items,
                answerSheet.lines(assessment, true), locale, response.getOutputStream());
    }

    @GetMapping("/assessments/priority")
    String priority(@RequestParam(required = false) String cell, Model model, Locale locale) {
        PriorityMatrix.Matrix priority = matrix.matrix(locale);
        Map<String, List<PriorityMatrix.Entry>> cells = priority.cells();
        model.addAttribute("cells", cells);
        model.addAttribute("hazards", priority.hazards());
        model.addAttribute("safeties", PriorityMatrix.SAFETY);
        model.addAttribute("priorities", priority.priorities());
        if (cell != null && cells.containsKey(cell)) {
            model.addAttribute("selected", cell);
            model.addAttribute("selectedEntries", cells.get(cell));
        }
        return "assessments/priority";
    }

    /** The questions of one category in a questionnaire. */
    record Section(String category, String title, List<ChecklistQuestion> questions) {
    }

    @GetMapping("/facilities/{id}/assessments")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("facility", facility(id));
        model.addAttribute("assessments", service.forFacility(id));
        model.addAttribute("mayAssess", service.mayAssess(id));
        model.addAttribute("families", Family.values());
        return "assessments/list";
    }

    @GetMapping("/facilities/{id}/assessments/compare")
    String compare(@PathVariable long id, @RequestParam long a, @RequestParam long b, Model model, Locale locale) {
        Comparison comparison = service.compare(a, b);
        if (service.get(a).facilityId() != id) {
            throw new NotFoundException("problem.notFound.assessment", String.valueOf(a));
        }
        ChecklistTemplate template = service.templateOf(service.get(comparison.later()));
        Map<String, String> titles = new LinkedHashMap<>();
        template.categories().forEach(c -> titles.put(c.id(), c.title().in(locale.getLanguage())));
        model.addAttribute("facility", facility(id));
        model.addAttribute("comparison", comparison);
        model.addAttribute("earlier", service.get(comparison.earlier()));
        model.addAttribute("later", service.get(comparison.later()));
        model.addAttribute("titles", titles);
        return "assessments/compare";
    }

    @PostMapping("/facilities/{id}/assessments")
    String start(@PathVariable long id, @RequestParam(required = false) String family,
            @RequestParam(defaultValue = "false") boolean followUp, Locale locale, RedirectAttributes redirect) {
        try {
            Assessment assessment = service.start(id, family, followUp);
            return "redirect:/assessments/" + assessment.id();
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(ex.messageKey(), ex.messageArgs(), locale)));
            return "redirect:/facilities/" + id + "/assessments";
        }
    }

    /** Takes over the previous assessment's answers for the questions of a follow-up not answered yet. */
    @PostMapping("/assessments/{id}/carry-over")
    String carryOver(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("carriedOver", service.carryOver(id));
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(ex.messageKey(), ex.messageArgs(), locale)));
        }
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        // taken before the answers are read: answers a device saved later than this are not in the page
        model.addAttribute("renderedAt", Instant.now().toEpochMilli());
        Assessment assessment = service.get(id);
        ChecklistTemplate template = service.templateOf(assessment);
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        assessment.answers().forEach(answer -> answers.put(answer.questionId(), answer));
        List<Section> sections = new ArrayList<>();
        List<ChecklistQuestion> applicable = service.applicable(assessment);
        template.categories().forEach(category -> {
            List<ChecklistQuestion> questions = applicable.stream()
                .filter(question -> question.category().equals(category.id()))
                .toList();
            if (!questions.isEmpty()) {
                sections.add(new Section(category.id(), category.title().in(locale.getLanguage()), questions));
            }
        });
        model.addAttribute("assessment", assessment);
        model.addAttribute("facility", facility(assessment.facilityId()));
        model.addAttribute("sections", sections);
        model.addAttribute("notApplicable", service.notApplicable(assessment));
        model.addAttribute("previous", service.previousAnswers(assessment));
        model.addAttribute("toVerify", assessment.previousAssessmentId() == null ? List.of()
                : programme.toVerify(assessment.facilityId(), locale.getLanguage()));
        model.addAttribute("answers", answers);
        model.addAttribute("answerOptions", Answer.values());
        model.addAttribute("evidenceOptions", Evidence.values());
        model.addAttribute("editable", assessment.status() == AssessmentStatus.DRAFT
                && service.mayAssess(assessment.facilityId()));
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("maxAttachmentMegabytes", attachments.maxMegabytes());
        model.addAttribute("relatedAccidents", accidents.relatedTo(sections.stream()
            .flatMap(section -> section.questions().stream())
            .map(ChecklistQuestion::id)
            .toList()));
        return "assessments/questionnaire";
    }

    /**
     * Saves answers sent as form fields {@code answer_<question>}, {@code evidence_<question>} and
     * {@code comment_<question>} (questions without an answer are left alone): the save button of the page without
     * scripts. With scripts, the page sends each answer through the field mode's sync ({@link FieldModeController}).
     */
    @PostMapping("/assessments/{id}/answers")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Locale locale,
            RedirectAttributes redirect) {
        List<AnswerInput> answers = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("answer_") && !values.isEmpty() && !values.get(0).isBlank()) {
                String question = name.substring("answer_".length());
                answers.add(new AnswerInput(question, values.get(0), form.getFirst("evidence_" + question),
                        form.getFirst("comment_" + question)));
            }
        });
        try {
            service.answer(id, answers);
            redirect.addFlashAttribute("saved", true);
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("errors", errors(ex, locale));
        }
        return "redirect:/assessments/" + id;
    }

    /**
     * Takes the proposal into the programme as decided on the result page: {@code decision_<measure>} ACCEPT or
     * DROP with {@code reason_<measure>}, {@code add} catalogue measures, and one custom measure
     * ({@code customTitle}, {@code customTerm}).
     */
    @PostMapping("/assessments/{id}/programme")
    String adopt(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Locale locale,
            RedirectAttributes redirect) {
        List<String> accept = new ArrayList<>();
        List<ProgrammeDecision.Dropped> drop = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("decision_") && !values.isEmpty()) {
                String measure = name.substring("decision_".length());
                if ("ACCEPT".equals(values.get(0))) {
                    accept.add(measure);
                }
                else if ("DROP".equals(values.get(0))) {
                    drop.add(new ProgrammeDecision.Dropped(measure, form.getFirst("reason_" + measure)));
                }
            }
        });
        List<String> add = form.getOrDefault("add", List.of()).stream().filter(value -> !value.isBlank()).toList();
        String customTitle = form.getFirst("customTitle");
        List<ProgrammeDecision.Custom> custom = customTitle == null || customTitle.isBlank() ? List.of()
                : List.of(new ProgrammeDecision.Custom(customTitle, form.getFirst("customTerm")));
        try {
            programme.adopt(id, new ProgrammeDecision(accept, drop, add, custom), locale.getLanguage());
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("errors", errors(ex, locale));
            return "redirect:/assessments/" + id + "/result";
        }
        return "redirect:/facilities/" + service.get(id).facilityId() + "/programme";
    }

    @PostMapping("/assessments/{id}/approve")
    String approve(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            service.approve(id);
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(ex.messageKey(), ex.messageArgs(), locale)));
        }
        return "redirect:/assessments/" + id + "/result";
    }

    @GetMapping("/facilities/{id}/programme")
    String programme(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("facility", facility(id));
        List<ProgrammeItem> items = programme.programme(id, locale.getLanguage());
        model.addAttribute("items", items);
        model.addAttribute("timeline", ProgrammeTimeline.of(items, LocalDate.now(clock)));
        model.addAttribute("mayEdit", service.mayAssess(id));
        model.addAttribute("organisations", organisations.findAll());
        model.addAttribute("people", programme.people(facility(id).operatorId()));
        model.addAttribute("priorities", ProgrammePriority.values());
        return "assessments/programme";
    }

    @PostMapping("/programme-items/{id}")
    String updateItem(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String dueDate, @RequestParam(required = false) Long responsibleOrganisationId,
            @RequestParam(required = false) String evidence, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String dropReason, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long responsibleUserId, @RequestParam(required = false) String priority,
            @RequestParam long facilityId, Locale locale, RedirectAttributes redirect) {
        try {
            LocalDate due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate);
            programme.update(id, new ProgrammeUpdate(status, due, responsibleOrganisationId, evidence == null ? "" : evidence,
                    comment == null ? "" : comment, dropReason, version, responsibleUserId,
                    priority == null || priority.isBlank() ? null : priority), locale.getLanguage());
            redirect.addFlashAttribute("saved", true);
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("errors", errors(ex, locale));
        }
        catch (DateTimeParseException ex) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage("programme.dueDate.invalid", null, locale)));
        }
        catch (EditConflictException ex) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(ex.messageKey(),
                    new Object[] { String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion()) }, locale)));
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(ex.messageKey(), ex.messageArgs(), locale)));
        }
        return "redirect:/facilities/" + facilityId + "/programme";
    }

    /**
     * Submits; with questions still unanswered, first lists them and asks for confirmation (they will be "not
     * assessed", not deficits).
     */
    @PostMapping("/assessments/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmUnanswered,
            RedirectAttributes redirect) {
        if (!confirmUnanswered) {
            List<String> unanswered = service.unanswered(id);
            if (!unanswered.isEmpty()) {
                redirect.addFlashAttribute("unansweredToConfirm", unanswered);
                return "redirect:/assessments/" + id + "#submit-form";
            }
        }
        service.submit(id);
        return "redirect:/assessments/" + id + "/result";
    }

    @GetMapping("/assessments/{id}/result")
    String result(@PathVariable long id, Model model, Locale locale) {
        Assessment assessment = service.get(id);
        ChecklistTemplate template = service.templateOf(assessment);
        AssessmentResult result = service.result(id);
        Map<String, String> categoryTitles = new LinkedHashMap<>();
        template.categories().forEach(c -> categoryTitles.put(c.id(), c.title().in(locale.getLanguage())));
        Map<String, ChecklistQuestion> questions = new LinkedHashMap<>();
        template.questions().forEach(question -> questions.put(question.id(), question));
        model.addAttribute("assessment", assessment);
        model.addAttribute("facility", facility(assessment.facilityId()));
        model.addAttribute("result", result);
        model.addAttribute("categoryTitles", categoryTitles);
        model.addAttribute("questions", questions);
        model.addAttribute("measures", template.measures());
        model.addAttribute("byTerm", result.byTerm());
        Map<String, ChecklistTemplate.TimeFrame> terms = new LinkedHashMap<>();
        template.terms().forEach((term, frame) -> terms.put(term.name(), frame));
        model.addAttribute("terms", terms);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("mayAdopt", assessment.status() != AssessmentStatus.DRAFT && service.mayAssess(assessment.facilityId()));
        model.addAttribute("mayApprove", assessment.status() == AssessmentStatus.SUBMITTED && service.mayApprove());
        model.addAttribute("catalogue", template.measures().values());
        model.addAttribute("lines", answerSheet.lines(assessment, false));
        return "assessments/result";
    }

    private List<String> errors(InvalidInputException ex, Locale locale) {
        return ex.lines(messages, locale, "assessment.field.");
    }

    private Facility facility(long id) {
        return facilities.findById(id).orElseThrow(() -> new NotFoundException("problem.notFound.facility",
                String.valueOf(id)));
    }
}
