package org.tmfsafety.server.system;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface and the API messages. */
public final class Languages {

    /** Kazakh, written in Cyrillic. */
    public static final Locale KAZAKH = Locale.forLanguageTag("kk");

    /** Russian. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** Supported languages in the order the language switch shows them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, RUSSIAN, KAZAKH);

    private Languages() {
    }

    /** Returns the supported locale with the same language, or null. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }

}
