package org.tmfsafety.server.country;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

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

    /**
     * Other names of countries in free-text locations (English): short forms, historic names, sub-national units of
     * federal states, and misspellings found in the CSP2 failure list.
     */
    private static final Map<String, String> ALIASES = aliases();

    /** Every name and alias, longest first, as whole words, ignoring case. */
    private final Supplier<Pattern> names = SingletonSupplier.of(this::namesPattern);

    /**
     * Returns the country a free-text location names, e.g. "Tashan mine, Xiangfen County, Shanxi, China (owner)":
     * the last country name or alias outside parentheses, else the last inside them; empty when none is found.
     */
    public Optional<String> findIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String outside = text.replaceAll("\\([^)]*\\)?", " ");
        return last(outside).or(() -> last(text));
    }

    private Optional<String> last(String text) {
        String found = null;
        Matcher matcher = names.get().matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            found = ALIASES.containsKey(name) ? ALIASES.get(name) : alpha3ByCodeOrName.get(name);
        }
        return Optional.ofNullable(found);
    }

    private Pattern namesPattern() {
        List<String> all = Stream.concat(alpha3ByCodeOrName.keySet().stream().filter(name -> name.length() > 3),
                ALIASES.keySet().stream())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .toList();
        return Pattern.compile("(?<![\\p{L}])(" + String.join("|", all) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        String usStates = "alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,hawaii,"
                + "idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,"
                + "minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,"
                + "north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,"
                + "south dakota,tennessee,texas,utah,vermont,virginia,washington,west virginia,wisconsin,wyoming,"
                + "usa,u.s.a.,u.s.,united states of america";
        String canada = "british columbia,b.c.,bc,alberta,saskatchewan,manitoba,ontario,quebec,new brunswick,"
                + "nova scotia,newfoundland,labrador,yukon,northwest territories,nunavut";
        String australia = "new south wales,queensland,tasmania,western australia,south australia,northern territory";
        String britain = "uk,u.k.,england,scotland,wales,northern ireland,great britain,britain,united kindom";
        for (String[] group : new String[][] { { usStates, "USA" }, { canada, "CAN" }, { australia, "AUS" },
                { britain, "GBR" }, { "russia,russian federation,siberia,western siberia,ussr", "RUS" },
                { "brazll,brasil", "BRA" }, { "equador", "ECU" }, { "potugal", "PRT" }, { "macedonia", "MKD" },
                { "burma,myanmar", "MMR" }, { "phillippines,luzon,mindanao", "PHL" }, { "méxico", "MEX" },
                { "united kingdon", "GBR" },
                { "hubei,hunan,yunnan,guangdong,guangxi,jiangxi,fujian,shanxi,shaanxi,sichuan,inner mongolia,"
                        + "heilongjiang,liaoning,jilin,hebei,henan,anhui,zhejiang,xinjiang,gansu,guizhou", "CHN" }, { "czech republic", "CZE" }, { "german democratic republic,west germany", "DEU" },
                { "kirghizia,kyrgyz republic", "KGZ" }, { "kazakstan", "KAZ" }, { "ivory coast", "CIV" },
                { "democratic republic of congo,drc,zaire", "COD" }, { "south korea", "KOR" },
                { "bosnia", "BIH" } }) {
            for (String name : group[0].split(",")) {
                aliases.put(name, group[1]);
            }
        }
        return Map.copyOf(aliases);
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
