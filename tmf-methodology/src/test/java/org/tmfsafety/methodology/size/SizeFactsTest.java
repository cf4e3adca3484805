package org.tmfsafety.methodology.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Size facts must be positive finite numbers; an estimate names its parts. */
class SizeFactsTest {

    @ParameterizedTest
    @ValueSource(doubles = { 0, -1, Double.NaN, Double.POSITIVE_INFINITY })
    void refusesAFactThatIsNotAPositiveNumberNamingIt(double value) {
        assertThatThrownBy(() -> new SizeFacts(null, null, null, null, null, value, null, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("damHeightM");
        assertThatThrownBy(() -> new SizeFacts(null, null, null, null, null, null, 1.0, 0))
            .hasMessageStartingWith("throughputYears");
    }

    @Test
    void aCombinedMethodNamesTheUpperBoundFirst() {
        SizeEstimate estimate = new SizeEstimate(1, 2, "DESIGN_CAPACITY+STORED_TONNAGE", Map.of());
        assertThat(estimate.methods()).containsExactly("DESIGN_CAPACITY", "STORED_TONNAGE");
        assertThat(estimate.exact()).isFalse();
        assertThat(new SizeEstimate(5, 5, SizeEstimator.STORED_VOLUME, Map.of()).methods()).containsExactly("STORED_VOLUME");
    }

}
