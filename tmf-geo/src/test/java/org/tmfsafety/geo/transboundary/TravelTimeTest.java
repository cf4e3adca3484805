package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Travel time along a river, against hand derivations. */
class TravelTimeTest {

    @Test
    void aDistanceDividedByTheVelocityRange() {
        // 100 km = 100,000 m; at 1.5 m/s: 66,667 s = 18.52 h; at 0.3 m/s: 333,333 s = 92.59 h
        double[] hours = TravelTime.PROVISIONAL.hours(100);
        assertThat(hours[0]).isCloseTo(18.5185, within(1e-4));
        assertThat(hours[1]).isCloseTo(92.5926, within(1e-4));
        // the Baia Mare plume moved at about 3 km/h (0.833 m/s) through the Iron Gates reservoir: 120 h for 360 km
        assertThat(new TravelTime(3 / 3.6, 3 / 3.6).hours(360)[0]).isCloseTo(120, within(1e-9));
        assertThat(TravelTime.PROVISIONAL.hours(0)).containsExactly(0, 0);
    }

    @Test
    void velocitiesAndDistancesMustMakeSense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TravelTime(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new TravelTime(2, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TravelTime.PROVISIONAL.hours(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> TravelTime.PROVISIONAL.hours(Double.NaN));
    }
}
