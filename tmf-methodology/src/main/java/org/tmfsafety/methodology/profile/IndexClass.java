package org.tmfsafety.methodology.profile;

import java.util.Locale;
import java.util.Map;

/**
 * A class of an index: values below {@code below} (and not in an earlier class) belong to it; the last
 * class has no upper limit. The profile also says how the class is presented, so that no class code is
 * ever shown to a user and no colour is hard-coded in the application.
 *
 * @param code the class code, e.g. {@code HIGH}
 * @param below the exclusive upper limit, or {@code Double.POSITIVE_INFINITY} for the last class
 * @param colour the display colour as {@code #rrggbb}, or null when the profile gives none
 * @param label the display name by language ({@code en}, {@code ru}, {@code kk}); empty when the profile gives none
 */
public record IndexClass(String code, double below, String colour, Map<String, String> label) {

    public IndexClass {
        label = Map.copyOf(label);
    }

    /** Returns the class's name in the language of a locale, else in English, else its code. */
    public String label(Locale locale) {
        String text = label.get(locale.getLanguage());
        if (text == null) {
            text = label.get("en");
        }
        return text == null ? code : text;
    }

}
