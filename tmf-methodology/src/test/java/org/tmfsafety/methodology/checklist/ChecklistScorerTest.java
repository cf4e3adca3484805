package org.tmfsafety.methodology.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tmfsafety.methodology.profile.ProfileReader;

/** Hand-computed cases for E6–E8 under unece-tmf-provisional v1 (YES 1, PARTLY 0.5; stated only 0.5). */
class ChecklistScorerTest {

    private static final ChecklistScorer SCORER = new ChecklistScorer(ProfileReader.builtIn(1).checklist());

    private static final List<Question> QUESTIONS = List.of(new Question("LEG-1", "LEGAL", 1, List.of("M-PERMIT")),
            new Question("LEG-2", "LEGAL", 2, List.of("M-PERMIT", "M-REGISTER")),
            new Question("WAT-1", "WATER", 3, List.of("M-SPILLWAY")), new Question("WAT-2", "WATER", 1, List.of()),
            new Question("MON-1", "MONITORING", 1, List.of("M-PIEZO")));

    private static final List<Measure> CATALOGUE = List.of(new Measure("M-PERMIT", MeasureTerm.SHORT),
            new Measure("M-REGISTER", MeasureTerm.MEDIUM), new Measure("M-SPILLWAY", MeasureTerm.LONG),
            new Measure("M-PIEZO", MeasureTerm.SHORT));

    @Test
    void weightsAnswersByEvidenceAndLeavesNotApplicableOut() {
        ChecklistScore score = SCORER.score(QUESTIONS, List.of(new Response("LEG-1", Answer.YES, Evidence.DOCUMENTED),
                new Response("LEG-2", Answer.PARTLY, Evidence.OBSERVED), new Response("WAT-1", Answer.YES, Evidence.STATED_ONLY),
                new Response("WAT-2", Answer.NOT_APPLICABLE, null)));
        // LEGAL: (1·1·1 + 2·0.5·1) / 3 = 66.67 %; WATER: 3·1·0.5 / 3 = 50 %; MONITORING unanswered: not assessed
        assertThat(score.categories()).extracting(ChecklistScore.CategoryLevel::category).containsExactly("LEGAL", "WATER",
                "MONITORING");
        assertThat(score.categories().get(0).level()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(score.categories().get(0).coverage()).isEqualTo(100.0);
        assertThat(score.categories().get(1).level()).isCloseTo(50.0, within(1e-9));
        assertThat(score.categories().get(1).applicableWeight()).as("N/A is out of the denominator").isEqualTo(3.0);
        assertThat(score.categories().get(1).coverage()).as("N/A is out of the coverage too").isEqualTo(100.0);
        assertThat(score.categories().get(2).level()).as("not assessed, not 0 %").isNull();
        assertThat(score.categories().get(2).coverage()).isZero();
        assertThat(score.categories().get(2).notAssessed()).isEqualTo(1);
        // overall: (1 + 1 + 1.5) / (1 + 2 + 3) = 58.33 % over 3 of the 4 applicable questions (coverage 75 %)
        assertThat(score.overallLevel()).isCloseTo(350.0 / 6, within(1e-9));
        assertThat(score.coverage()).isEqualTo(75.0);
        assertThat(score.answered()).isEqualTo(3);
        assertThat(score.notAssessed()).isEqualTo(1);
        assertThat(score.unanswered()).containsExactly("MON-1");
        assertThat(score.deficits()).extracting(ChecklistScore.Deficit::questionId).as("an unanswered question is no deficit")
            .containsExactly("WAT-1", "LEG-2");
        assertThat(score.deficits().get(0).gap()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void unknownIsAnAnswerAndCountsAsAnswered() {
        ChecklistScore score = SCORER.score(QUESTIONS, List.of(new Response("MON-1", Answer.UNKNOWN, null)));
        // MON-1 UNKNOWN: a = 0, so 0 % over one answered question; the other four are not assessed
        assertThat(score.categories().get(2).level()).isZero();
        assertThat(score.categories().get(2).coverage()).isEqualTo(100.0);
        assertThat(score.categories().get(0).level()).isNull();
        assertThat(score.coverage()).isEqualTo(20.0);
        assertThat(score.deficits()).extracting(ChecklistScore.Deficit::questionId).containsExactly("MON-1");
    }

    @Test
    void nothingAnsweredIsNotAssessedRatherThanZero() {
        ChecklistScore score = SCORER.score(QUESTIONS, List.of());
        assertThat(score.overallLevel()).isNull();
        assertThat(score.coverage()).isZero();
        assertThat(score.categories()).allSatisfy(level -> assertThat(level.level()).isNull());
        assertThat(score.deficits()).isEmpty();
        assertThat(score.unanswered()).hasSize(5);
    }

    @Test
    void turnsDeficitsIntoAProgrammeByTerm() {
        ChecklistScore score = SCORER.score(QUESTIONS, List.of(new Response("LEG-1", Answer.NO, Evidence.DOCUMENTED),
                new Response("LEG-2", Answer.NO, Evidence.DOCUMENTED), new Response("WAT-1", Answer.PARTLY, Evidence.DOCUMENTED),
                new Response("MON-1", Answer.YES, Evidence.DOCUMENTED)));
        MeasureProgramme programme = MeasureProgramme.select(score.deficits(), CATALOGUE);
        assertThat(programme.byTerm().get(MeasureTerm.SHORT)).extracting(MeasureProgramme.SelectedMeasure::measureId)
            .as("once, though linked from two deficits").containsExactly("M-PERMIT");
        assertThat(programme.byTerm().get(MeasureTerm.SHORT).get(0).questionIds()).containsExactly("LEG-1", "LEG-2");
        assertThat(programme.byTerm().get(MeasureTerm.SHORT).get(0).priority()).isEqualTo(2.0);
        assertThat(programme.byTerm().get(MeasureTerm.MEDIUM)).extracting(MeasureProgramme.SelectedMeasure::measureId)
            .containsExactly("M-REGISTER");
        assertThat(programme.byTerm().get(MeasureTerm.LONG)).extracting(MeasureProgramme.SelectedMeasure::priority)
            .containsExactly(1.5);
    }

    @Test
    void refusesDuplicatesUnknownQuestionsAndUnknownMeasures() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SCORER.score(QUESTIONS, List.of(new Response("XX-9", Answer.YES, null)))).withMessage("XX-9");
        assertThatIllegalArgumentException().isThrownBy(() -> SCORER.score(QUESTIONS,
                List.of(new Response("LEG-1", Answer.YES, null), new Response("LEG-1", Answer.NO, null)))).withMessage("LEG-1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SCORER.score(List.of(new Question("Q", "C", 0, List.of())), List.of())).withMessage("Q");
        ChecklistScore score = SCORER.score(List.of(new Question("Q", "C", 1, List.of("M-NONE"))),
                List.of(new Response("Q", Answer.NO, Evidence.DOCUMENTED)));
        assertThatIllegalArgumentException().isThrownBy(() -> MeasureProgramme.select(score.deficits(), CATALOGUE))
            .withMessage("M-NONE");
    }

    @Test
    void nothingApplicableHasNoLevel() {
        ChecklistScore score = SCORER.score(List.of(new Question("Q", "C", 1, List.of())),
                List.of(new Response("Q", Answer.NOT_APPLICABLE, null)));
        assertThat(score.overallLevel()).isNull();
        assertThat(score.categories().get(0).level()).isNull();
        assertThat(score.coverage()).as("nothing applies: no coverage either").isNull();
        assertThat(score.deficits()).isEmpty();
    }

    static Stream<List<Response>> randomResponses() {
        Random random = new Random(7L);
        Answer[] answers = Answer.values();
        Evidence[] evidence = Evidence.values();
        return IntStream.range(0, 200).mapToObj(i -> {
            List<Response> responses = new ArrayList<>();
            for (Question question : QUESTIONS) {
                if (random.nextInt(6) > 0) {
                    responses.add(new Response(question.id(), answers[random.nextInt(answers.length)],
                            random.nextBoolean() ? evidence[random.nextInt(evidence.length)] : null));
                }
            }
            return responses;
        });
    }

    @ParameterizedTest
    @MethodSource("randomResponses")
    void aDocumentedYesNeverLowersALevel(List<Response> responses) {
        ChecklistScore before = SCORER.score(QUESTIONS, responses);
        for (Question question : QUESTIONS) {
            List<Response> changed = new ArrayList<>(responses.stream().filter(r -> !r.questionId().equals(question.id())).toList());
            changed.add(new Response(question.id(), Answer.YES, Evidence.DOCUMENTED));
            ChecklistScore after = SCORER.score(QUESTIONS, changed);
            for (int i = 0; i < before.categories().size(); i++) {
                Double was = before.categories().get(i).level();
                Double now = after.categories().get(i).level();
                if (was != null) {
                    assertThat(now).as(question.id()).isGreaterThanOrEqualTo(was - 1e-9);
                }
            }
            if (before.overallLevel() != null) {
                assertThat(after.overallLevel()).isGreaterThanOrEqualTo(before.overallLevel() - 1e-9);
            }
        }
    }

}
