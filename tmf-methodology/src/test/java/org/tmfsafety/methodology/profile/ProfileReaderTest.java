package org.tmfsafety.methodology.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReaderTest {

    private static final String MINIMAL = """
            {"id": "test-profile", "version": 2, "title": "T", "description": "D",
             "indices": {"THI": {"terms": [
                 {"code": "CAP", "input": "storedVolumeM3", "rule": {"type": "log10", "minimum": 1},
                  "source": "S1", "missing": "required"},
                 {"code": "TOX", "input": "waterHazardClass", "rule": {"type": "category", "points": {"NWG": 0, "WGK3": 3}},
                  "provisional": "P1", "missing": {"treatAs": "WGK3", "source": "AwSV"}}],
               "classes": [{"code": "LOW", "below": 8},
                   {"code": "HIGH", "colour": "#b71c1c", "label": {"en": "high", "ru": "высокий", "kk": "жоғары"}}],
               "classesSource": "S2"}}}
            """;

    @Test
    void readsTheBuiltInProfileWithProvenanceOnEveryValue() {
        MethodologyProfile profile = ProfileReader.builtIn(1);
        assertThat(profile.id()).isEqualTo(new ProfileId("unece-tmf-provisional", 1));
        assertThat(profile.provisional()).isTrue();
        assertThat(profile.allTerms(profile.index("THI").orElseThrow())).extracting(TermDefinition::code)
            .containsExactly("CAP", "TOX", "MAN", "FLOOD", "SEIS", "DAM");
        assertThat(profile.allTerms(profile.index("TRI").orElseThrow())).extracting(TermDefinition::code)
            .containsExactly("CAP", "TOX", "MAN", "FLOOD", "SEIS", "DAM", "POP", "WATER", "PROT", "TRANS", "DIST");
        TermDefinition tox = profile.index("THI").orElseThrow().terms().get(1);
        assertThat(((Missing.TreatAs) tox.missing()).provenance().source()).as("the AwSV default is sourced")
            .contains("AwSV");
    }

    @Test
    void readsAMinimalProfile() {
        MethodologyProfile profile = ProfileReader.parse(MINIMAL);
        assertThat(profile.id().version()).isEqualTo(2);
        assertThat(profile.index("THI").orElseThrow().classify(7.99)).isEqualTo("LOW");
        assertThat(profile.index("THI").orElseThrow().classify(8.0)).as("a limit belongs to the next class").isEqualTo("HIGH");
        assertThat(profile.provisional()).isTrue();
    }

    @Test
    void shipsVersionOneAndTwoAndTheNewestIsTheDefault() {
        assertThat(ProfileReader.builtIns()).extracting(MethodologyProfile::id).containsExactly(
                new ProfileId("unece-tmf-provisional", 1), new ProfileId("unece-tmf-provisional", 2));
        assertThat(ProfileReader.builtIn().id().version()).isEqualTo(2);
        assertThatThrownBy(() -> ProfileReader.builtIn(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionTwoCountsEveryMissingInputButTheVolumeAsAnIntervalAndHasSizeRules() {
        MethodologyProfile v2 = ProfileReader.builtIn(2);
        IndexDefinition tri = v2.index("TRI").orElseThrow();
        assertThat(v2.allTerms(tri)).extracting(TermDefinition::code)
            .containsExactly("CAP", "TOX", "MAN", "FLOOD", "SEIS", "DAM", "POP", "WATER", "PROT", "TRANS", "DIST");
        assertThat(v2.allTerms(tri)).filteredOn(term -> !term.code().equals("CAP"))
            .allSatisfy(term -> assertThat(term.missing()).isInstanceOf(Missing.Interval.class));
        assertThat(v2.allTerms(tri).get(0).missing()).isInstanceOf(Missing.Required.class);
        assertThat(v2.allTerms(tri).get(0).rule()).isEqualTo(new Rule.Log10(1, 1e3, 1e9));
        SizeRules size = v2.size();
        assertThat(size.dryDensity()).extracting(SizeRules.Range::low, SizeRules.Range::high).containsExactly(1.2, 1.7);
        assertThat(size.provisional()).isTrue();
        assertThat(ProfileReader.builtIn(1).size()).isNull();
        assertThat(ProfileReader.builtIn(1).index("THI").orElseThrow().terms().get(0).rule())
            .as("without a span the documented default").isEqualTo(new Rule.Log10(1, 1e3, 1e9));
    }

    @Test
    void aLogarithmWithoutASpanUsesTheDefaultFromItsMinimum() {
        MethodologyProfile profile = ProfileReader.parse(MINIMAL.replace("\"minimum\": 1}", "\"minimum\": 5000}"));
        assertThat(profile.index("THI").orElseThrow().terms().get(0).rule()).isEqualTo(new Rule.Log10(5000, 5000, 1e9));
    }

    @Test
    void readsClassLabelsAndColours() {
        IndexDefinition thi = ProfileReader.parse(MINIMAL).index("THI").orElseThrow();
        IndexClass high = thi.indexClass("HIGH").orElseThrow();
        assertThat(high.colour()).isEqualTo("#b71c1c");
        assertThat(high.label(Locale.forLanguageTag("ru"))).isEqualTo("высокий");
        assertThat(high.label(Locale.forLanguageTag("kk-KZ"))).isEqualTo("жоғары");
        assertThat(high.label(Locale.GERMAN)).as("another language falls back to English").isEqualTo("high");
        IndexClass low = thi.indexClass("LOW").orElseThrow();
        assertThat(low.colour()).isNull();
        assertThat(low.label(Locale.ENGLISH)).as("without a label the code is all there is").isEqualTo("LOW");
        assertThat(thi.indexClass("MEDIUM")).isEmpty();
    }

    @Test
    void theBuiltInClassesCarryLabelsAndColoursInEveryLanguage() {
        MethodologyProfile profile = ProfileReader.builtIn(1);
        for (IndexDefinition index : profile.indices().values()) {
            assertThat(index.classes()).allSatisfy(indexClass -> {
                assertThat(indexClass.colour()).matches("#[0-9a-f]{6}");
                assertThat(indexClass.label()).containsOnlyKeys("en", "ru", "kk");
            });
        }
        IndexClass veryHigh = profile.index("TRI").orElseThrow().indexClass("VERY_HIGH").orElseThrow();
        assertThat(veryHigh.label(Locale.forLanguageTag("kk"))).isEqualTo("өте жоғары");
        assertThat(veryHigh.colour()).isEqualTo("#b71c1c");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "'\"source\": \"S1\", \"missing\": \"required\"' | '\"missing\": \"required\"' | $.indices.THI.terms[0]",
            "'\"type\": \"log10\"' | '\"type\": \"sqrt\"' | $.indices.THI.terms[0].rule.type",
            "'{\"code\": \"LOW\", \"below\": 8}' | '{\"code\": \"LOW\", \"below\": 8}, {\"code\": \"MID\", \"below\": 7}' | $.indices.THI.classes[1].below",
            "'\"treatAs\": \"WGK3\"' | '\"treatAs\": \"WGK9\"' | $.indices.THI.terms[1].missing.treatAs",
            "'\"version\": 2' | '\"version\": 2, \"colour\": 1' | $.colour",
            "'\"version\": 2' | '\"version\": 2.5' | $.version",
            "'\"id\": \"test-profile\"' | '\"id\": \"Test Profile\"' | $.id",
            "'\"minimum\": 1' | '\"minimum\": 0' | $.indices.THI.terms[0].rule.minimum",
            "'\"missing\": \"required\"' | '\"missing\": \"interval\"' | $.indices.THI.terms[0].missing",
            "'\"minimum\": 1}' | '\"minimum\": 1, \"spanFrom\": 10, \"spanTo\": 5}' | $.indices.THI.terms[0].rule.spanTo",
            "'\"version\": 2,' | '\"version\": 2, \"size\": {\"dryDensity\": {\"low\": 1.2, \"high\": 1.7, \"source\": \"S\"}},' | $.size",
            "'\"version\": 2,' | '\"version\": 2, \"size\": {\"dryDensity\": {\"low\": 1.7, \"high\": 1.2, \"source\": \"S\"}, \"shapeFactor\": {\"low\": 0.3, \"high\": 0.6, \"source\": \"S\"}, \"tailingsFraction\": {\"low\": 0.9, \"high\": 0.99, \"source\": \"S\"}, \"fillFraction\": {\"low\": 0.3, \"high\": 1, \"source\": \"S\"}},' | $.size.dryDensity.high",
            "'\"version\": 2,' | '\"version\": 2, \"size\": {\"dryDensity\": {\"low\": 1.2, \"high\": 1.7, \"source\": \"S\"}, \"shapeFactor\": {\"low\": 0.3, \"high\": 0.6, \"source\": \"S\"}, \"tailingsFraction\": {\"low\": 0.9, \"high\": 1.5, \"source\": \"S\"}, \"fillFraction\": {\"low\": 0.3, \"high\": 1, \"source\": \"S\"}},' | $.size.tailingsFraction.high",
            "'\"#b71c1c\"' | '\"red\"' | $.indices.THI.classes[1].colour",
            "'\"#b71c1c\"' | '\"#b71c1\"' | $.indices.THI.classes[1].colour",
            "', \"kk\": \"жоғары\"' | '' | $.indices.THI.classes[1].label",
            "'\"kk\": \"жоғары\"' | '\"kk\": \"жоғары\", \"de\": \"hoch\"' | $.indices.THI.classes[1].label.de" })
    void namesThePlaceOfEachMistake(String original, String replacement, String path) {
        String broken = MINIMAL.replace(original, replacement);
        assertThat(broken).isNotEqualTo(MINIMAL);
        assertThatThrownBy(() -> ProfileReader.parse(broken)).isInstanceOfSatisfying(ProfileException.class,
                e -> assertThat(e.path()).isEqualTo(path));
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> ProfileReader.parse("{\"id\": ")).isInstanceOf(ProfileException.class)
            .hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
    }

}
