package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientNumberEditorTest {

    private final LenientNumberEditor decimals = new LenientNumberEditor(false);

    private final LenientNumberEditor wholeNumbers = new LenientNumberEditor(true);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = { "12500000 | 12500000", "12 500 000 | 12500000", "12\u00A0500\u00A0000 | 12500000",
            "12\u202F500 | 12500", "'12,5' | 12.5", "12.5 | 12.5", "1.2E9 | 1200000000", "-3 | -3", "' 7 ' | 7" })
    void readsNumbersAsTypedInAnyOfTheThreeLanguages(String text, double expected) {
        decimals.setAsText(text);
        assertThat(decimals.getValue()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "12,500,000", "1.2.3", "1e999", "12 a" })
    void refusesWhatIsNotOneNumber(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> decimals.setAsText(text));
    }

    @Test
    void emptyTextIsNoValue() {
        decimals.setAsText("  ");
        assertThat(decimals.getValue()).isNull();
        assertThat(decimals.getAsText()).isEmpty();
    }

    @Test
    void wholeNumbersRefuseFractionsAsBadInput() {
        wholeNumbers.setAsText("1 998");
        assertThat(wholeNumbers.getValue()).isEqualTo(1998);
        assertThatIllegalArgumentException().isThrownBy(() -> wholeNumbers.setAsText("1998.5"));
        assertThatIllegalArgumentException().isThrownBy(() -> wholeNumbers.setAsText("99999999999"));
    }

    @Test
    void writesWithoutExponentOrGroupingSoThatItReadsBack() {
        decimals.setValue(1.2e9);
        assertThat(decimals.getAsText()).isEqualTo("1200000000");
        decimals.setValue(24.50);
        assertThat(decimals.getAsText()).isEqualTo("24.5");
        decimals.setAsText(decimals.getAsText());
        assertThat(decimals.getValue()).isEqualTo(24.5);
    }

}
