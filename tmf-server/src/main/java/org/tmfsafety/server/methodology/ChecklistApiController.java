package org.tmfsafety.server.methodology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.methodology.checklist.Answer;
import org.tmfsafety.methodology.checklist.ChecklistScore;
import org.tmfsafety.methodology.checklist.ChecklistScorer;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.methodology.checklist.Evidence;
import org.tmfsafety.methodology.checklist.Measure;
import org.tmfsafety.methodology.checklist.MeasureProgramme;
import org.tmfsafety.methodology.checklist.MeasureTerm;
import org.tmfsafety.methodology.checklist.Question;
import org.tmfsafety.methodology.checklist.Response;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * The checklist templates, and scoring of checklist answers with, given a measure catalogue, the measure programme.
 * Nothing is stored.
 */
@RestController
@Tag(name = "Methodology")
class ChecklistApiController {

    private final MethodologyProfiles profiles;

    private final Checklists checklists;

    ChecklistApiController(MethodologyProfiles profiles, Checklists checklists) {
        this.profiles = profiles;
        this.checklists = checklists;
    }

    @GetMapping("/api/v1/checklists")
    @Operation(summary = "The checklist templates with their questions and measure catalogues",
            description = "Each template: id and version, provenance, time frames of the measure terms, categories, "
                    + "questions (id, category, families QUICK/DETAILED/ABANDONED, mode VISUAL/DOCUMENT, weight 1-3, "
                    + "text and guidance in en/ru/kk, guideline section, linked measure ids) and measures (id, category, "
                    + "term, applicability, effort, title and description in en/ru/kk).")
    List<ChecklistTemplate> checklists() {
        return checklists.all();
    }

    @PostMapping("/api/v1/methodology/checklist-score")
    @Operation(summary = "Checklist safety levels, deficits and measure programme",
            description = "questions: [{id, category, weight (default 1), measures: [measure ids]}]; answers: [{questionId, "
                    + "answer: YES|PARTLY|NO|NOT_APPLICABLE|UNKNOWN, evidence: DOCUMENTED|OBSERVED|STATED_ONLY}]; "
                    + "optional measures: [{id, term: SHORT|MEDIUM|LONG}] to get the programme; optional profile {id, version}. "
                    + "Levels are over the answered questions; a question without an answer is not assessed (no deficit), "
                    + "and coverage (answered / applicable, percent) is given overall and per category.")
    ChecklistResponse score(@RequestBody ChecklistRequest request) {
        Errors errors = new MapBindingResult(new HashMap<>(), "checklist");
        MethodologyProfile profile = profile(request.profile(), errors);
        if (request.questions() == null || request.questions().isEmpty()) {
            errors.rejectValue("questions", "validation.required");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        List<Question> questions = request.questions()
            .stream()
            .map(q -> new Question(q.id(), q.category(), q.weight() == null ? 1 : q.weight(),
                    q.measures() == null ? List.of() : q.measures()))
            .toList();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (question.id() == null || question.category() == null) {
                errors.rejectValue("questions", "methodology.checklist.questionIncomplete", new Object[] { i }, null);
            }
        }
        List<Response> responses = request.answers() == null ? List.of()
                : request.answers().stream().map(a -> new Response(a.questionId(), a.answer(), a.evidence())).toList();
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        ChecklistScore score;
        try {
            score = new ChecklistScorer(profile.checklist()).score(questions, responses);
        }
        catch (IllegalArgumentException e) {
            errors.rejectValue("answers", "methodology.checklist.invalidQuestion", new Object[] { e.getMessage() }, null);
            throw new InvalidInputException(errors);
        }
        Map<MeasureTerm, List<MeasureProgramme.SelectedMeasure>> programme = null;
        if (request.measures() != null) {
            try {
                programme = MeasureProgramme
                    .select(score.deficits(), request.measures().stream().map(m -> new Measure(m.id(), m.term())).toList())
                    .byTerm();
            }
            catch (IllegalArgumentException e) {
                errors.rejectValue("measures", "methodology.checklist.unknownMeasure", new Object[] { e.getMessage() }, null);
                throw new InvalidInputException(errors);
            }
        }
        return new ChecklistResponse(profile.id(), profile.checklist().provenance().provisional(), score.overallLevel(),
                score.coverage(), score.answered(), score.notAssessed(), score.categories(), score.contributions(),
                score.deficits(), score.unanswered(), programme);
    }

    private MethodologyProfile profile(ProfileRef requested, Errors errors) {
        MethodologyProfile profile = requested == null ? profiles.defaultProfile()
                : profiles.find(requested.id(), requested.version()).orElse(null);
        if (profile == null || profile.checklist() == null) {
            errors.rejectValue("profile", "methodology.profile.unknown");
        }
        return profile;
    }

    record ChecklistRequest(List<QuestionInput> questions, List<AnswerInput> answers, List<MeasureInput> measures,
            ProfileRef profile) {
    }

    record QuestionInput(String id, String category, Double weight, List<String> measures) {
    }

    record AnswerInput(String questionId, Answer answer, Evidence evidence) {
    }

    record MeasureInput(String id, MeasureTerm term) {
    }

    record ProfileRef(String id, Integer version) {
    }

    record ChecklistResponse(ProfileId profile, boolean provisional, Double overallLevel, Double coverage, int answered,
            int notAssessed, List<ChecklistScore.CategoryLevel> categories, List<ChecklistScore.Contribution> terms,
            List<ChecklistScore.Deficit> deficits, List<String> unanswered,
            Map<MeasureTerm, List<MeasureProgramme.SelectedMeasure>> programme) {
    }

}
