package org.tmfsafety.methodology.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.index.IndexCalculator;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.methodology.profile.TermDefinition;

class IndexInputsTest {

    @Test
    void namesEveryInputAsTheProfileDoesAndKeepsUnknownsAsNull() {
        Map<String, Object> inputs = new IndexInputs(1e6, WaterHazardClass.WGK2, null, FloodHazard.FLOOD_PRONE, null,
                DamCondition.CRITICAL, 1200, true, null, TransboundarySetting.TRANSBOUNDARY_RIVER, 0.5)
            .toMap();
        assertThat(inputs).hasSize(11)
            .containsEntry("storedVolumeM3", 1e6)
            .containsEntry("waterHazardClass", "WGK2")
            .containsEntry("managementStatus", null)
            .containsEntry("floodHazard", "FLOOD_PRONE")
            .containsEntry("damCondition", "CRITICAL")
            .containsEntry("populationAtRisk", 1200)
            .containsEntry("drinkingWaterAbstraction", true)
            .containsEntry("protectedAreaDownstream", null)
            .containsEntry("transboundarySetting", "TRANSBOUNDARY_RIVER")
            .containsEntry("distanceToSurfaceWaterKm", 0.5);
        MethodologyProfile profile = ProfileReader.builtIn(1);
        assertThat(inputs.keySet()).as("every input the built-in TRI reads")
            .containsAll(profile.allTerms(profile.index("TRI").orElseThrow()).stream().map(TermDefinition::input).toList());
        assertThat(new IndexCalculator(profile).calculate("TRI", inputs).value()).isPositive();
    }
}
