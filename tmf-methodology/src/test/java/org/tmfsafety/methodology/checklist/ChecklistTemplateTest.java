package org.tmfsafety.methodology.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.profile.ProfileReader;

/**
 * The shipped checklist and measure catalogue: the content the assessment module needs (at least 80 questions in
 * the 9 categories of the UNECE Safety Guidelines topics, at least 60 measures, three families, all three terms,
 * EN/RU/KK), its scoring at the extremes, and the checks made when a template is read.
 */
class ChecklistTemplateTest {

    private static final ChecklistTemplate TEMPLATE = ChecklistTemplate.builtIn();

    private static final ChecklistScorer SCORER = new ChecklistScorer(ProfileReader.builtIn(1).checklist());

    private static final List<String> CATEGORIES = List.of("LEGAL", "ORGANISATION", "TAILINGS", "SITE", "DAM", "WATER",
            "MONITORING", "EMERGENCY", "CLOSURE");

    private static Stream<LocalizedText> allTexts() {
        return Stream.of(TEMPLATE.categories().stream().map(ChecklistCategory::title),
                TEMPLATE.questions().stream().flatMap(q -> Stream.of(q.text(), q.guidance())),
                TEMPLATE.measures().values().stream().flatMap(m -> Stream.of(m.title(), m.description())))
            .flatMap(Function.identity());
    }

    @Test
    void holdsTheContentTheAssessmentModuleNeeds() {
        assertThat(TEMPLATE.categories()).extracting(ChecklistCategory::id).containsExactlyElementsOf(CATEGORIES);
        assertThat(TEMPLATE.questions()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(TEMPLATE.measures()).hasSizeGreaterThanOrEqualTo(60);
        for (String category : CATEGORIES) {
            assertThat(TEMPLATE.questions(Family.DETAILED)).as(category).anyMatch(q -> q.category().equals(category));
            assertThat(TEMPLATE.questions(Family.QUICK)).as(category).anyMatch(q -> q.category().equals(category));
            assertThat(TEMPLATE.measures().values().stream().filter(m -> m.category().equals(category))
                .map(CatalogueMeasure::term).collect(Collectors.toSet())).as(category)
                .containsExactlyInAnyOrder(MeasureTerm.values());
        }
        assertThat(TEMPLATE.questions(Family.QUICK).size()).isBetween(20, TEMPLATE.questions().size() / 2);
        assertThat(TEMPLATE.questions(Family.ABANDONED)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(TEMPLATE.questions()).extracting(ChecklistQuestion::mode).contains(QuestionMode.values());
        assertThat(TEMPLATE.terms().get(MeasureTerm.SHORT).toMonths()).isEqualTo(6);
        assertThat(TEMPLATE.terms().get(MeasureTerm.LONG).toMonths()).isNull();
    }

    @Test
    void questionsAreAskedOnlyOfTheTmfsTheyApplyTo() {
        assertThat(TEMPLATE.id().version()).isEqualTo(2);
        // ORG-10 and CLO-08 are about closed or abandoned TMFs; TAI-05 (the deposition plan) about operating ones
        assertThat(TEMPLATE.notApplicable(Family.QUICK, Applicability.OPERATING, DamRaiseMethod.UNKNOWN))
            .extracting(ChecklistQuestion::id).containsExactly("ORG-10", "CLO-08");
        assertThat(TEMPLATE.questions(Family.QUICK, Applicability.CLOSED, null)).extracting(ChecklistQuestion::id)
            .contains("ORG-10", "CLO-08").doesNotContain("TAI-05");
        // DAM-11 (upstream raising) where the dam is raised upstream, or where the method is not known
        assertThat(TEMPLATE.questions(Family.DETAILED, Applicability.OPERATING, DamRaiseMethod.DOWNSTREAM))
            .extracting(ChecklistQuestion::id).doesNotContain("DAM-11");
        assertThat(TEMPLATE.questions(Family.DETAILED, Applicability.OPERATING, DamRaiseMethod.UPSTREAM))
            .extracting(ChecklistQuestion::id).contains("DAM-11");
        assertThat(TEMPLATE.questions(Family.DETAILED, Applicability.OPERATING, DamRaiseMethod.UNKNOWN))
            .extracting(ChecklistQuestion::id).contains("DAM-11");
        // the abandoned questionnaire asks every one of its questions of an abandoned TMF
        assertThat(TEMPLATE.notApplicable(Family.ABANDONED, Applicability.ABANDONED, null)).isEmpty();
        // version 1 keeps asking everything, as the assessments made with it did
        assertThat(ChecklistTemplate.builtIn(1).notApplicable(Family.QUICK, Applicability.OPERATING, null)).isEmpty();
    }

    @Test
    void versionTwoMergesTheOverlappingMeasuresOfVersionOne() {
        ChecklistTemplate v1 = ChecklistTemplate.builtIn(1);
        assertThat(TEMPLATE.merged()).hasSize(9).allSatisfy(merged -> {
            assertThat(v1.measures()).containsKey(merged.from());
            assertThat(TEMPLATE.measures()).doesNotContainKey(merged.from()).containsKey(merged.into());
            assertThat(TEMPLATE.measures().get(merged.into()).applicability())
                .containsAll(v1.measures().get(merged.from()).applicability());
        });
        assertThat(TEMPLATE.merged()).anySatisfy(merged -> {
            assertThat(merged.from()).isEqualTo("M-SIT-07");
            assertThat(merged.into()).isEqualTo("M-EMR-02");
        });
        Map<String, String> into = TEMPLATE.merged().stream()
            .collect(Collectors.toMap(ChecklistTemplate.MergedMeasure::from, ChecklistTemplate.MergedMeasure::into));
        Map<String, ChecklistQuestion> v2 = TEMPLATE.questions().stream()
            .collect(Collectors.toMap(ChecklistQuestion::id, Function.identity()));
        for (ChecklistQuestion question : v1.questions()) {
            for (String measure : question.measureIds()) {
                assertThat(v2.get(question.id()).measureIds()).as(question.id())
                    .contains(into.getOrDefault(measure, measure));
            }
        }
    }

    @Test
    void idsFollowTheirCategory() {
        Map<String, String> prefixes = Map.of("LEGAL", "LEG", "ORGANISATION", "ORG", "TAILINGS", "TAI", "SITE", "SIT",
                "DAM", "DAM", "WATER", "WAT", "MONITORING", "MON", "EMERGENCY", "EMR", "CLOSURE", "CLO");
        assertThat(TEMPLATE.questions())
            .allSatisfy(q -> assertThat(q.id()).matches(prefixes.get(q.category()) + "-\\d\\d"));
        assertThat(TEMPLATE.measures().values())
            .allSatisfy(m -> assertThat(m.id()).matches("M-" + prefixes.get(m.category()) + "-\\d\\d"));
    }

    @Test
    void everyTextIsInThreeLanguagesAndSafeForMessageFormat() {
        assertThat(allTexts()).allSatisfy(text -> {
            assertThat(text.kk()).as("Kazakh of %s", text.en()).isNotEqualTo(text.en()).isNotEqualTo(text.ru());
            assertThat(text.ru()).as("Russian of %s", text.en()).isNotEqualTo(text.en());
            for (String value : List.of(text.en(), text.ru(), text.kk())) {
                assertThat(value).doesNotContain("'", "{", "}");
            }
        });
        assertThat(allTexts().map(LocalizedText::kk).collect(Collectors.joining()))
            .as("Kazakh letters are used").containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
    }

    @Test
    void allYesScoresFullMarksAndProposesNothing() {
        for (Family family : Family.values()) {
            List<Question> questions = TEMPLATE.scoringQuestions(family);
            ChecklistScore score = SCORER.score(questions, questions.stream()
                .map(q -> new Response(q.id(), Answer.YES, Evidence.DOCUMENTED)).toList());
            assertThat(score.overallLevel()).as(family.name()).isEqualTo(100.0);
            assertThat(MeasureProgramme.select(score.deficits(), TEMPLATE.selectionCatalogue()).byTerm().values())
                .allSatisfy(measures -> assertThat(measures).isEmpty());
        }
    }

    @Test
    void allNoScoresZeroAndProposesMeasuresOfAllThreeTerms() {
        List<Question> questions = TEMPLATE.scoringQuestions(Family.DETAILED);
        ChecklistScore score = SCORER.score(questions, questions.stream()
            .map(q -> new Response(q.id(), Answer.NO, Evidence.DOCUMENTED)).toList());
        assertThat(score.overallLevel()).isZero();
        MeasureProgramme programme = MeasureProgramme.select(score.deficits(), TEMPLATE.selectionCatalogue());
        for (MeasureTerm term : MeasureTerm.values()) {
            assertThat(programme.byTerm().get(term)).as(term.name()).isNotEmpty();
        }
        Set<String> proposed = programme.byTerm().values().stream().flatMap(List::stream)
            .map(MeasureProgramme.SelectedMeasure::measureId).collect(Collectors.toSet());
        assertThat(proposed).isSubsetOf(TEMPLATE.measures().keySet());
    }

    @Test
    void anAbandonedTmfGetsOnlyMeasuresThatApplyToIt() {
        List<Question> questions = TEMPLATE.scoringQuestions(Family.ABANDONED);
        ChecklistScore score = SCORER.score(questions, questions.stream()
            .map(q -> new Response(q.id(), Answer.NO, Evidence.DOCUMENTED)).toList());
        MeasureProgramme programme = TEMPLATE.programme(score.deficits(), Applicability.ABANDONED);
        List<String> proposed = programme.byTerm().values().stream().flatMap(List::stream)
            .map(MeasureProgramme.SelectedMeasure::measureId).toList();
        assertThat(proposed).isNotEmpty().allSatisfy(id -> assertThat(TEMPLATE.measures().get(id).applicability())
            .contains(Applicability.ABANDONED));
        assertThat(TEMPLATE.measures().values()).as("some measures do not apply to abandoned TMFs")
            .anyMatch(m -> !m.applicability().contains(Applicability.ABANDONED));
    }

    @Test
    void refusesATemplateWithADanglingMeasureOrAnUnlinkedOne() {
        String good = """
                {"id":"t","version":1,"provenance":"test",
                 "terms":{"SHORT":{"fromMonths":0,"toMonths":6},"MEDIUM":{"fromMonths":6,"toMonths":24},
                          "LONG":{"fromMonths":24,"toMonths":null}},
                 "categories":[{"id":"WATER","title":{"en":"Water","ru":"Вода","kk":"Су"},"guidelineSection":"s"}],
                 "questions":[{"id":"WAT-01","category":"WATER","families":["QUICK"],"mode":"VISUAL","weight":3,
                   "text":{"en":"q","ru":"в","kk":"с"},"guidance":{"en":"g","ru":"р","kk":"н"},
                   "guidelineSection":"s","measures":["M-WAT-01"]}],
                 "measures":[{"id":"M-WAT-01","category":"WATER","term":"SHORT","applicability":["OPERATING"],
                   "effort":"LOW","title":{"en":"m","ru":"м","kk":"ш"},"description":{"en":"d","ru":"о","kk":"с"}}]}
                """;
        ChecklistTemplate template = ChecklistTemplate.parse(good);
        assertThat(template.questions(Family.QUICK)).hasSize(1);
        assertThat(template.questions(Family.ABANDONED)).isEmpty();
        assertThat(template.measures().get("M-WAT-01").applicability()).isEqualTo(EnumSet.of(Applicability.OPERATING));
        assertThatThrownBy(() -> ChecklistTemplate.parse(good.replace("\"measures\":[\"M-WAT-01\"]",
                "\"measures\":[\"M-WAT-09\"]"))).hasMessageContaining("WAT-01: unknown measure M-WAT-09");
        assertThatThrownBy(() -> ChecklistTemplate.parse(good.replace("\"measures\":[\"M-WAT-01\"]",
                "\"measures\":[]"))).hasMessageContaining("WAT-01: links no measure");
        assertThatThrownBy(() -> ChecklistTemplate.parse(good.replace("\"weight\":3", "\"weight\":4")))
            .hasMessageContaining("WAT-01: weight");
        assertThatThrownBy(() -> ChecklistTemplate.parse(good.replace("\"kk\":\"с\"},\"guidance\"", "\"kk\":\"\"},\"guidance\"")))
            .hasMessageContaining("WAT-01.text: kk is missing");
        assertThatThrownBy(() -> ChecklistTemplate.parse(good.replace("\"families\":[\"QUICK\"]",
                "\"families\":[\"SOMETIMES\"]"))).hasMessageContaining("unknown Family SOMETIMES");
    }
}
