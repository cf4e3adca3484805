package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.facility.TransboundarySetting;

/** The risk index's transboundary setting as the screening finds it, and when it cannot say. */
class TransboundarySummaryTest {

    private static TransboundarySummary screening(boolean crossing, boolean borderNear, Double snapKm) {
        return screening(crossing, borderNear, snapKm, false);
    }

    private static TransboundarySummary screening(boolean crossing, boolean borderNear, Double snapKm, boolean route) {
        return new TransboundarySummary(crossing || borderNear, crossing ? "UZB" : null, crossing ? 40.0 : null, 30.0,
                "UZB", crossing, borderNear, snapKm, route, 10.0, crossing || borderNear ? TransboundarySummary.Verdict.POTENTIAL_EFFECT
                        : snapKm == null && !route ? TransboundarySummary.Verdict.UNDETERMINED : TransboundarySummary.Verdict.NO_EFFECT_FOUND,
                snapKm == null && !route && !crossing && !borderNear ? "NO_MAPPED_RIVER" : null);
    }

    @Test
    void aSiteDrainingToAMappedRiverHasTheSettingTheRuleFinds() {
        assertThat(screening(true, true, 2.5).setting()).contains(TransboundarySetting.TRANSBOUNDARY_RIVER);
        assertThat(screening(false, true, 2.5).setting()).contains(TransboundarySetting.BORDER_WITHIN_REACH);
        assertThat(screening(false, false, 2.5).setting()).contains(TransboundarySetting.NONE);
    }

    @Test
    void withoutAMappedRiverWithinTheSnapDistanceTheSettingIsUnknownNeverNone() {
        assertThat(screening(false, false, null).setting()).isEmpty();
        assertThat(screening(false, true, null).setting()).as("an unmapped river may cross the near border").isEmpty();
    }

    @Test
    void aDrainageRouteToTheNetworkSettlesItWithoutARiverNearTheSite() {
        assertThat(screening(false, false, null, true).setting()).contains(TransboundarySetting.NONE);
        assertThat(screening(false, true, null, true).setting()).contains(TransboundarySetting.BORDER_WITHIN_REACH);
        assertThat(screening(true, false, null, true).setting()).contains(TransboundarySetting.TRANSBOUNDARY_RIVER);
    }
}
