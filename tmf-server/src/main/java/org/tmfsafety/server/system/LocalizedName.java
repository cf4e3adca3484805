package org.tmfsafety.server.system;

import java.util.Locale;

/**
 * A name in English (always present) with optional Russian and Kazakh versions.
 *
 * @param en the English or international name
 * @param ru the Russian name, if any
 * @param kk the Kazakh name, if any
 */
public record LocalizedName(String en, String ru, String kk) {

    /** Returns the name in the given language, falling back to the English name. */
    public String in(Locale locale) {
        String localized = switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> null;
        };
        return localized == null || localized.isBlank() ? en : localized;
    }

    @Override
    public String toString() {
        return en;
    }

}
