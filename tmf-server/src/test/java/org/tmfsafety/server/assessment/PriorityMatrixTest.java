package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The priority rule E19 and the safety bands, by hand. */
class PriorityMatrixTest {

    @Test
    void ranksHazardPlusSafety() {
        assertThat(PriorityMatrix.priority("VERY_HIGH", "NONE")).as("4 + 3").isEqualTo(1);
        assertThat(PriorityMatrix.priority("VERY_HIGH", "HIGH")).as("4 + 1").isEqualTo(2);
        assertThat(PriorityMatrix.priority("HIGH", "MEDIUM")).as("3 + 2").isEqualTo(2);
        assertThat(PriorityMatrix.priority("MEDIUM", "MEDIUM")).as("2 + 2").isEqualTo(3);
        assertThat(PriorityMatrix.priority("LOW", "LOW")).as("1 + 3").isEqualTo(3);
        assertThat(PriorityMatrix.priority("LOW", "HIGH")).as("1 + 1").isEqualTo(4);
        assertThat(PriorityMatrix.priority("NONE", "NONE")).as("0 + 3").isEqualTo(4);
    }

    @Test
    void bandsSafetyLevels() {
        assertThat(PriorityMatrix.band(null)).isEqualTo("NONE");
        assertThat(PriorityMatrix.band(49.9)).isEqualTo("LOW");
        assertThat(PriorityMatrix.band(50.0)).isEqualTo("MEDIUM");
        assertThat(PriorityMatrix.band(79.9)).isEqualTo("MEDIUM");
        assertThat(PriorityMatrix.band(80.0)).isEqualTo("HIGH");
    }
}
