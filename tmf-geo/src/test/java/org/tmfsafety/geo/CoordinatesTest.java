package org.tmfsafety.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tmfsafety.geo.CoordinateFormatException.Reason;

class CoordinatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "49.9483 | 49.9483",
            "-12.5 | -12.5",
            "'49,9483' | 49.9483",
            "42°42′12″N | 42.703333",
            "42°42'12\"N | 42.703333",
            "42 42 12 N | 42.703333",
            "N 42 42 12 | 42.703333",
            "42°42.2'N | 42.703333",
            "42°42′12″ с.ш. | 42.703333",
            "42°42′12″ С | 42.703333",
            "33°51′54″ S | -33.865",
            "33°51′54″ Ю | -33.865",
            "42 42 12 с.е. | 42.703333",
            "+45 | 45",
            "−45.5 | -45.5" })
    void readsLatitudesInCommonNotations(String text, double expected) {
        assertThat(Coordinates.parse(text, Axis.LATITUDE)).isCloseTo(expected, within(1e-6));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "75°35′10″E | 75.586111",
            "75°35′10″ в.д. | 75.586111",
            "75 35 10 ш.б. | 75.586111",
            "W 0 30 | -0.5",
            "0°30′ з.д. | -0.5",
            "180 | 180" })
    void readsLongitudesInCommonNotations(String text, double expected) {
        assertThat(Coordinates.parse(text, Axis.LONGITUDE)).isCloseTo(expected, within(1e-6));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "'' | LATITUDE | EMPTY",
            "'   ' | LATITUDE | EMPTY",
            "abc | LATITUDE | MALFORMED",
            "42°42′12″ E | LATITUDE | WRONG_HEMISPHERE",
            "75 35 N | LONGITUDE | WRONG_HEMISPHERE",
            "42 61 | LATITUDE | MINUTES_OR_SECONDS_OUT_OF_RANGE",
            "42 30 60 | LATITUDE | MINUTES_OR_SECONDS_OUT_OF_RANGE",
            "91 | LATITUDE | OUT_OF_RANGE",
            "123 | LATITUDE | OUT_OF_RANGE",
            "180.5 | LONGITUDE | OUT_OF_RANGE",
            "-42 S | LATITUDE | MALFORMED",
            "42.5 30 | LATITUDE | MALFORMED",
            "1 2 3 4 | LATITUDE | MALFORMED",
            "42;30 | LATITUDE | MALFORMED",
            "'1,2,3' | LATITUDE | MALFORMED" })
    void refusesWhatItCannotReadWithAReason(String text, Axis axis, Reason reason) {
        assertThatThrownBy(() -> Coordinates.parse(text, axis)).isInstanceOfSatisfying(
                CoordinateFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Coordinates.parse(null, Axis.LATITUDE))
            .isInstanceOfSatisfying(CoordinateFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void formatsDegreesMinutesSeconds() {
        assertThat(Coordinates.toDms(42.703333, Axis.LATITUDE)).isEqualTo("42°42′12.0″ N");
        assertThat(Coordinates.toDms(-33.865, Axis.LATITUDE)).isEqualTo("33°51′54.0″ S");
        assertThat(Coordinates.toDms(75.586111, Axis.LONGITUDE)).isEqualTo("75°35′10.0″ E");
        assertThat(Coordinates.toDms(-0.5, Axis.LONGITUDE)).isEqualTo("0°30′00.0″ W");
    }

    @Test
    void roundsSecondsWithoutProducingSixty() {
        assertThat(Coordinates.toDms(49.99999999, Axis.LATITUDE)).isEqualTo("50°00′00.0″ N");
    }

    @Test
    void formattedTextParsesBackToTheSameValue() {
        for (double value = -89.95; value < 90; value += 7.3157) {
            String text = Coordinates.toDms(value, Axis.LATITUDE);
            assertThat(Coordinates.parse(text, Axis.LATITUDE)).as(text).isCloseTo(value, within(0.05 / 3600));
        }
    }

}
