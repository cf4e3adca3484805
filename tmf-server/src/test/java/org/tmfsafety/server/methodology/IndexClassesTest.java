package org.tmfsafety.server.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Class presentation comes from the profile: order, label in the reader's language, colour. */
class IndexClassesTest {

    private final IndexClasses classes;

    IndexClassesTest() throws IOException {
        classes = new IndexClasses(new MethodologyProfiles("", "unece-tmf-provisional"));
    }

    @Test
    void listsTheProfilesClassesInOrderWithRussianLabelsAndColours() {
        assertThat(classes.of("THI", Locale.forLanguageTag("ru")))
            .extracting(IndexClasses.Presented::label, IndexClasses.Presented::colour, IndexClasses.Presented::rank)
            .containsExactly(
                tuple("низкий", "#2e7d32", 0),
                tuple("средний", "#b26a00", 1),
                tuple("высокий", "#d84315", 2),
                tuple("очень высокий", "#b71c1c", 3));
    }

    @Test
    void findsAClassOfAStoredRatingsProfileVersionInKazakh() {
        assertThat(classes.find("unece-tmf-provisional", 1, "TRI", "HIGH", Locale.forLanguageTag("kk")))
            .hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("жоғары"));
        assertThat(classes.find("unece-tmf-provisional", 1, "TRI", "NO_SUCH_CLASS", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void anUnknownIndexHasNoClasses() {
        assertThat(classes.of("XYZ", Locale.ENGLISH)).isEmpty();
    }

}
