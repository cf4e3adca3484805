package org.tmfsafety.server.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.tmfsafety.methodology.checklist.ChecklistQuestion;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.country.CountryShapes;

/** The curated accidents shipped with the product: complete, translated, linked to real questions, placed right. */
class CuratedAccidentsTest {

    private static final List<Accident.Draft> DRAFTS = CuratedAccidents.parse(JsonMapper.builder().build()
        .readTree(CuratedAccidents.read()));

    private static List<Accident> accidents() {
        return DRAFTS.stream().map(Accident.Draft::accident).toList();
    }

    @Test
    void holdsAtLeastFortyWithTheFailuresTheIssueNames() {
        assertThat(DRAFTS).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accidents()).extracting(Accident::sourceKey).doesNotHaveDuplicates()
            .contains("curated:mailuu-suu-1958", "curated:ak-tyuz-1964", "curated:ridder-2016", "curated:stava-1985",
                    "curated:merriespruit-1994", "curated:aznalcollar-1998", "curated:baia-mare-2000",
                    "curated:ajka-2010", "curated:mount-polley-2014", "curated:fundao-2015",
                    "curated:brumadinho-2019", "curated:jagersfontein-2022");
    }

    @Test
    void everyNarrativeAndLessonIsInThreeLanguagesAndEveryRecordHasSources() {
        for (Accident.Draft draft : DRAFTS) {
            Accident a = draft.accident();
            assertThat(List.of(a.narrative().en(), a.narrative().ru(), a.narrative().kk())).as(a.sourceKey())
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("'"));
            assertThat(a.narrative().kk()).as(a.sourceKey()).isNotEqualTo(a.narrative().ru())
                .isNotEqualTo(a.narrative().en()).containsPattern("[әғқңөұүһі]");
            assertThat(a.narrative().ru()).as(a.sourceKey()).containsPattern("[а-яё]");
            assertThat(a.sources()).as(a.sourceKey()).isNotEmpty().allSatisfy(source -> assertThat(source)
                .matches("https?://\\S+"));
            assertThat(draft.lessons()).as(a.sourceKey()).isNotEmpty().allSatisfy(lesson -> {
                assertThat(lesson.text().kk()).isNotEqualTo(lesson.text().ru()).isNotBlank();
                assertThat(lesson.text().ru()).isNotBlank();
                assertThat(lesson.text().en()).isNotBlank();
            });
            if (a.occurredOn() != null) {
                assertThat(a.occurredOn().getYear()).as(a.sourceKey()).isEqualTo(a.year());
            }
            assertThat(a.transboundary()).as(a.sourceKey()).isEqualTo(!a.transboundaryCountries().isEmpty());
        }
    }

    @Test
    void lessonsLinkToQuestionsOfTheChecklistAndCoverItsCategories() {
        Set<String> questions = ChecklistTemplate.builtIn().questions().stream().map(ChecklistQuestion::id)
            .collect(Collectors.toSet());
        Set<String> linked = DRAFTS.stream().flatMap(d -> d.lessons().stream())
            .flatMap(lesson -> lesson.questionIds().stream())
            .collect(Collectors.toSet());
        assertThat(questions).containsAll(linked);
        Set<String> categories = linked.stream().map(id -> id.substring(0, id.indexOf('-'))).collect(Collectors.toSet());
        assertThat(categories).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void everyPointLiesInOrNearItsCountry() {
        Countries countries = new Countries();
        CountryShapes shapes = new CountryShapes();
        for (Accident a : accidents()) {
            assertThat(countries.isKnown(a.country())).as(a.sourceKey()).isTrue();
            assertThat(a.transboundaryCountries()).as(a.sourceKey()).allSatisfy(c -> assertThat(countries.isKnown(c))
                .isTrue());
            assertThat(a.latitude()).as(a.sourceKey()).isNotNull();
            double outside = shapes.index().distanceKm(a.country(), a.latitude(), a.longitude()).orElse(0);
            assertThat(outside).as("%s lies %.1f km outside %s", a.sourceKey(), outside, a.country()).isLessThan(20);
        }
    }
}
