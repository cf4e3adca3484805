package org.tmfsafety.server.country;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The ISO 3166-1 country list of the Java platform, keyed by alpha-3 code (the registry's country
 * code), with names in English, Russian and Kazakh from the platform's CLDR data.
 */
@Component
public class Countries {

    /** Central Asia first in every country list, then the neighbours that share its rivers. */
    private static final List<String> PINNED = List.of("KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "RUS", "AFG");

    private final Map<String, String> alpha2ByAlpha3 = new HashMap<>();

    /** Alpha-3 codes by alpha-2 code and by lower-case name in English, Russian and Kazakh. */
    private final Map<String, String> alpha3ByCodeOrName = new HashMap<>();

    public Countries() {
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3 = new Locale("", alpha2).getISO3Country();
            alpha2ByAlpha3.put(alpha3, alpha2);
            alpha3ByCodeOrName.put(alpha2, alpha3);
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"))) {
                alpha3ByCodeOrName.putIfAbsent(new Locale("", alpha2).getDisplayCountry(language).toLowerCase(Locale.ROOT),
                        alpha3);
            }
        }
    }

    /** Returns whether {@code alpha3} is an assigned ISO 3166-1 alpha-3 code (upper case). */
    public boolean isKnown(String alpha3) {
        return alpha3 != null && alpha2ByAlpha3.containsKey(alpha3);
    }

    /**
     * Returns the alpha-3 code for a code (alpha-3 or alpha-2, any case) or a country's name in English, Russian or
     * Kazakh, ignoring case.
     */
    public Optional<String> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (alpha2ByAlpha3.containsKey(upper)) {
            return Optional.of(upper);
        }
        String alpha3 = alpha3ByCodeOrName.get(upper);
        return Optional.ofNullable(alpha3 != null ? alpha3 : alpha3ByCodeOrName.get(text.toLowerCase(Locale.ROOT)));
    }

    /** Returns the ISO 3166-1 alpha-2 code for an alpha-3 code. */
    public Optional<String> alpha2(String alpha3) {
        return Optional.ofNullable(alpha2ByAlpha3.get(alpha3));
    }

    /** Returns the country's name in the given language, or the code itself when it is unknown. */
    public String name(String alpha3, Locale locale) {
        String alpha2 = alpha2ByAlpha3.get(alpha3);
        return alpha2 == null ? String.valueOf(alpha3) : new Locale("", alpha2).getDisplayCountry(locale);
    }

    /**
     * Returns all countries for a selection list: Central Asia and its neighbours first, then the others
     * in the alphabetical order of the given language.
     */
    public List<Country> selectable(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Stream<Country> pinned = PINNED.stream().map(code -> new Country(code, name(code, locale)));
        Stream<Country> others = alpha2ByAlpha3.keySet()
            .stream()
            .filter(code -> !PINNED.contains(code))
            .map(code -> new Country(code, name(code, locale)))
            .sorted(Comparator.comparing(Country::name, collator));
        return Stream.concat(pinned, others).toList();
    }

    /** A country code with its name in one language. */
    public record Country(String code, String name) {
    }

}
