package org.tmfsafety.methodology.annex1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.annex1.Annex1Screener.Item;
import org.tmfsafety.methodology.annex1.Annex1Screener.Result;

/** Hand-computed cases for E9 and E10 with the Annex I thresholds of methodology.md section 6.1. */
class Annex1ScreenerTest {

    private final Annex1Screener screener = new Annex1Screener(Annex1List.builtIn());

    @Test
    void readsEveryThresholdOfTheResearchNote() {
        Annex1List list = Annex1List.builtIn();
        assertThat(list.categories()).hasSize(11);
        assertThat(list.categories().get("8b").thresholdTonnes()).isEqualTo(200);
        assertThat(list.substances().get("methyl-isocyanate").thresholdTonnes()).isEqualTo(0.15);
        assertThat(list.substances().get("chlorine").provenance().source()).contains("informea");
        assertThat(list.substances().get("arsenic-trioxide").provenance().provisional()).isTrue();
    }

    @Test
    void aSingleQuantityAtItsThresholdMakesTheActivityHazardous() {
        Result result = screener.screen(List.of(new Item(null, "8b", 200), new Item("chlorine", null, 5)));
        assertThat(result.items().get(0).ratio()).isEqualTo(1.0);
        assertThat(result.items().get(1).basis()).isEqualTo("PART_II");
        assertThat(result.items().get(1).ratio()).isCloseTo(0.2, within(1e-12));
        assertThat(result.hazardous()).isTrue();
        assertThat(result.maxRatio()).isEqualTo(1.0);
    }

    @Test
    void quantitiesBelowTheirThresholdsCanReachThemTogether() {
        Result result = screener.screen(List.of(new Item(null, "8a", 300), new Item("arsenic-trioxide", null, 0.05)));
        assertThat(result.hazardous()).isFalse();
        assertThat(result.sumOfRatios()).isCloseTo(0.6 + 0.5, within(1e-12));
        assertThat(result.hazardousByAggregation()).isTrue();
        assertThat(result.aggregationProvisionalReason()).contains("not verified");
        assertThat(result.items().get(1).provisionalReason()).contains("2014");
    }

    @Test
    void refusesUnknownEntriesAndNegativeQuantitiesNamingTheItem() {
        assertThatIllegalArgumentException().isThrownBy(() -> screener.screen(List.of(new Item(null, "9", 1)))).withMessage("0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> screener.screen(List.of(new Item(null, "4", 1), new Item("chlorine", null, -1)))).withMessage("1");
        assertThat(screener.screen(List.of()).hazardous()).isFalse();
    }

}
