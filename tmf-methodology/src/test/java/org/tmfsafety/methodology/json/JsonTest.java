package org.tmfsafety.methodology.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @Test
    @SuppressWarnings("unchecked")
    void readsNestedObjectsArraysAndScalarsInOrder() {
        Object value = Json.parse("""
                {"id": "unece", "version": 1, "points": {"WGK3": 3, "NWG": 0},
                 "list": [1.5, -2e3, true, false, null, "Қалдық \\"\\u0041\\"\\n"], "empty": {}, "none": []}
                """);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.keySet()).containsExactly("id", "version", "points", "list", "empty", "none");
        assertThat(map.get("version")).isEqualTo(new BigDecimal("1"));
        assertThat(((Map<String, Object>) map.get("points")).keySet()).containsExactly("WGK3", "NWG");
        assertThat((List<Object>) map.get("list")).containsExactly(new BigDecimal("1.5"), new BigDecimal("-2e3"), true, false,
                Json.NULL, "Қалдық \"A\"\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'{\"a\": 1,}' | 1 | 9",
            "'{\"a\": 1, \"a\": 2}' | 1 | 10",
            "'[1, 2' | 1 | 6",
            "'{\"a\": 01}' | 1 | 8",
            "'{\"a\": .5}' | 1 | 7",
            "'\"open' | 1 | 6",
            "'{} extra' | 1 | 4",
            "'// comment' | 1 | 1",
            "'[tru]' | 1 | 2" })
    void refusesInvalidJsonWithThePosition(String text, int line, int column) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOfSatisfying(JsonException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
        });
    }

    @Test
    void countsLinesForErrorsInLongerFiles() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": 1,\n  \"b\": ?\n}")).isInstanceOfSatisfying(JsonException.class,
                e -> assertThat(e.getMessage()).contains("line 3, column 8"));
    }

    @Test
    void refusesExcessiveNesting() {
        assertThatThrownBy(() -> Json.parse("[".repeat(100) + "]".repeat(100))).hasMessageContaining("nested deeper");
    }

}
