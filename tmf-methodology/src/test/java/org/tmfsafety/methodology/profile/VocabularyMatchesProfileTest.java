package org.tmfsafety.methodology.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;

/** The registry's vocabulary and the built-in profile's categories must be the same, value by value. */
class VocabularyMatchesProfileTest {

    private static final Map<String, Class<? extends Enum<?>>> INPUTS = Map.of("waterHazardClass", WaterHazardClass.class,
            "managementStatus", ManagementStatus.class, "floodHazard", FloodHazard.class, "seismicHazard",
            SeismicHazard.class, "damCondition", DamCondition.class, "transboundarySetting", TransboundarySetting.class);

    @Test
    void everyCategoryInputHasExactlyTheEnumsConstants() {
        ProfileReader.builtIns().forEach(VocabularyMatchesProfileTest::matches);
    }

    private static void matches(MethodologyProfile profile) {
        Map<String, Rule> rules = profile.allTerms(profile.index("TRI").orElseThrow())
            .stream()
            .collect(Collectors.toMap(TermDefinition::input, TermDefinition::rule));
        INPUTS.forEach((input, type) -> {
            Set<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .filter(name -> !name.equals("UNKNOWN"))
                .collect(Collectors.toSet());
            assertThat(((Rule.Category) rules.get(input)).points().keySet()).as("%s %s", profile.id(), input)
                .isEqualTo(constants);
        });
    }

}
