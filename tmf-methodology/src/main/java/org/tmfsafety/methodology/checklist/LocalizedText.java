package org.tmfsafety.methodology.checklist;

import java.util.Objects;

/**
 * A text in the three languages of the product.
 *
 * @param en English
 * @param ru Russian
 * @param kk Kazakh
 */
public record LocalizedText(String en, String ru, String kk) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(kk, "kk");
    }

    /** The text in a language ("en", "ru" or "kk"); English for any other. */
    public String in(String language) {
        return switch (language) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> en;
        };
    }
}
