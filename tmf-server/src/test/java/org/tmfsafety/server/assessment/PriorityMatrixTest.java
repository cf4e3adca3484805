package org.tmfsafety.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tmfsafety.server.methodology.TestIndexClasses;

/** The priority rule E19, the hazard rank from the profile's classes and the safety bands, by hand. */
class PriorityMatrixTest {

    @Test
    void ranksHazardPlusSafety() {
        assertThat(PriorityMatrix.priority(4, "NONE")).as("4 + 3").isEqualTo(1);
        assertThat(PriorityMatrix.priority(4, "GOOD")).as("4 + 1").isEqualTo(2);
        assertThat(PriorityMatrix.priority(3, "FAIR")).as("3 + 2").isEqualTo(2);
        assertThat(PriorityMatrix.priority(2, "FAIR")).as("2 + 2").isEqualTo(3);
        assertThat(PriorityMatrix.priority(1, "POOR")).as("1 + 3").isEqualTo(3);
        assertThat(PriorityMatrix.priority(1, "GOOD")).as("1 + 1").isEqualTo(4);
        assertThat(PriorityMatrix.priority(0, "NONE")).as("0 + 3").isEqualTo(4);
    }

    @Test
    void theHazardRankIsThePositionOfTheClassInTheDefaultProfile() {
        PriorityMatrix matrix = new PriorityMatrix(null, null, null, null, TestIndexClasses.create());
        assertThat(matrix.hazardRank("VERY_HIGH")).isEqualTo(4);
        assertThat(matrix.hazardRank("HIGH")).isEqualTo(3);
        assertThat(matrix.hazardRank("MEDIUM")).isEqualTo(2);
        assertThat(matrix.hazardRank("LOW")).isEqualTo(1);
        assertThat(matrix.hazardRank(PriorityMatrix.NONE)).as("not rated").isZero();
        assertThat(matrix.hazardRank("SEVERE")).as("a class the profile does not have").isZero();
    }

    @Test
    void bandsSafetyLevels() {
        assertThat(PriorityMatrix.band(null)).isEqualTo("NONE");
        assertThat(PriorityMatrix.band(49.9)).isEqualTo("POOR");
        assertThat(PriorityMatrix.band(50.0)).isEqualTo("FAIR");
        assertThat(PriorityMatrix.band(79.9)).isEqualTo("FAIR");
        assertThat(PriorityMatrix.band(80.0)).isEqualTo("GOOD");
    }
}
