package org.tmfsafety.server.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Class presentation comes from the profile: order, label in the reader's language, colour. */
class IndexClassesTest {

    private final IndexClasses classes = TestIndexClasses.create();

    @Test
    void listsTheProfilesClassesInOrderWithRussianLabelsAndColours() {
        assertThat(classes.of("THI", Locale.forLanguageTag("ru")))
            .extracting(IndexClasses.Presented::label, IndexClasses.Presented::colour, IndexClasses.Presented::rank)
            .containsExactly(
                tuple("низкий", "#2e7d32", 0),
                tuple("средний", "#b26a00", 1),
                tuple("высокий", "#d84315", 2),
                tuple("очень высокий", "#b71c1c", 3));
        assertThat(classes.codes("TRI")).containsExactly("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
    }

    @Test
    void findsAClassOfAStoredRatingsProfileVersionInKazakh() {
        assertThat(classes.find("unece-tmf-provisional", 1, "TRI", "HIGH", Locale.forLanguageTag("kk")))
            .hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("жоғары"));
        assertThat(classes.find("unece-tmf-provisional", 1, "TRI", "NO_SUCH_CLASS", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aStoredClassNoProfileHasIsShownAsUnknownNeverByItsCode() {
        IndexClasses.Presented unknown = classes.stored("unece-tmf-provisional", 1, "THI", "SEVERE",
                Locale.forLanguageTag("ru"));
        assertThat(unknown.label()).isEqualTo("неизвестный класс");
        assertThat(unknown.colour()).isNull();
        assertThat(unknown.rank()).isEqualTo(-1);
        assertThat(classes.stored("retired-profile", 3, "THI", "MEDIUM", Locale.ENGLISH).label())
            .as("a profile this server no longer knows: the default profile's label").isEqualTo("medium");
        assertThat(classes.present("THI", "VERY_HIGH", Locale.forLanguageTag("kk")))
            .extracting(IndexClasses.Presented::label, IndexClasses.Presented::colour, IndexClasses.Presented::rank)
            .containsExactly("өте жоғары", "#b71c1c", 3);
    }

    @Test
    void anUnknownIndexHasNoClasses() {
        assertThat(classes.of("XYZ", Locale.ENGLISH)).isEmpty();
        assertThat(classes.codes("XYZ")).isEmpty();
    }

}
