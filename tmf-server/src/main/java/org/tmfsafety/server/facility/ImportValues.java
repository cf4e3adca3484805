package org.tmfsafety.server.facility;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.organisation.Organisation;
import org.tmfsafety.server.organisation.OrganisationKind;
import org.tmfsafety.server.organisation.OrganisationRepository;

/**
 * The values an enumerated import column may take and how the words of other inventories are recognised: for each
 * field with a fixed set of registry values (status, type, raise method, water hazard class, management, flood,
 * seismic, dam condition, transboundary setting, the yes/no fields and the country), the options in the user's
 * language, and a suggestion for a value as written in a file: the value's name, its label in English, Russian or
 * Kazakh, a synonym of {@code import/value-synonyms.csv}, a country's code or name, or a yes/no word.
 */
@Component
class ImportValues {

    /** How a file's value was matched to a registry value. */
    enum Match {
        /** Written as the registry value's name or its label in one of the three languages (an organisation: its id or name). */
        LABEL,
        /** A known synonym (other inventories' words). */
        SYNONYM,
        /** An organisation's name written otherwise: in another case, with other quotes or legal form. */
        SIMILAR_NAME,
        /** A name that matches no organisation: the import creates it. */
        NEW_ORGANISATION,
        /** Assigned by the user. */
        ASSIGNED
    }

    /** The registry value of an organisation column that creates the organisation named in the file. */
    static final String NEW_ORGANISATION = "new";

    /** The organisation columns and the kinds of organisation each may name. */
    private static final Map<String, Set<OrganisationKind>> ORGANISATION_FIELDS = Map.of(
            "operatorId", Set.of(OrganisationKind.OPERATOR, OrganisationKind.OTHER),
            "authorityId", Set.of(OrganisationKind.AUTHORITY));

    /**
     * Legal forms left out when names are compared: Kazakh, Russian, Kyrgyz, Uzbek and English abbreviations
     * (ТОО/ЖШС limited liability partnership, АО/АҚ joint-stock company, ОсОО, ООО, LLP, JSC, …).
     */
    private static final Set<String> LEGAL_FORMS = Set.of("тоо", "жшс", "ао", "ақ", "оао", "зао", "пао", "ооо", "осоо",
            "ип", "гп", "ргп", "гкп", "фгуп", "мчж", "ajs", "llp", "llc", "jsc", "ojsc", "cjsc", "plc", "ltd", "limited",
            "inc", "corp", "corporation", "gmbh", "ag", "sa", "company", "co", "компания");

    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[\\p{Punct}«»“”„‘’\"']+");

    /** A suggestion: the registry value ("" = not known) and how it was found. */
    record Suggestion(String value, Match match) {
    }

    /** One registry value a column may take, with its label in the user's language. */
    record Option(String value, String label) {
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("kk"));

    private static final List<String> TRUE_WORDS = List.of("true", "yes", "y", "1", "да", "иә", "ия", "si", "sí", "x");

    private static final List<String> FALSE_WORDS = List.of("false", "no", "n", "0", "нет", "жоқ");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final MessageSource messages;

    private final Countries countries;

    private final OrganisationRepository organisations;

    /** Registry value by spelling, per field (built once per field). */
    private final Map<String, Map<String, Suggestion>> spellings = new ConcurrentHashMap<>();

    /** Synonyms of the resource file: field → spelling → registry value. */
    private final Map<String, Map<String, String>> synonyms;

    ImportValues(MessageSource messages, Countries countries, OrganisationRepository organisations) {
        this.messages = messages;
        this.countries = countries;
        this.organisations = organisations;
        this.synonyms = readSynonyms();
    }

    /** Whether the field takes one of a fixed set of registry values. */
    boolean enumerated(String field) {
        if ("country".equals(field) || ORGANISATION_FIELDS.containsKey(field)) {
            return true;
        }
        Class<?> type = type(field);
        return type != null && (type.isEnum() || type == Boolean.class || type == boolean.class);
    }

    /** The registry values of an enumerated field, labelled in the language (countries: Central Asia first). */
    List<Option> options(String field, Locale locale) {
        if (ORGANISATION_FIELDS.containsKey(field)) {
            Collator collator = Collator.getInstance(locale);
            List<Option> options = new ArrayList<>();
            options.add(new Option(NEW_ORGANISATION, messages.getMessage("import.organisation.new", null, locale)));
            organisations.findAll().stream()
                .filter(o -> ORGANISATION_FIELDS.get(field).contains(o.kind()))
                .map(o -> new Option(String.valueOf(o.id()), o.name().in(locale)))
                .sorted(Comparator.comparing(Option::label, collator))
                .forEach(options::add);
            return options;
        }
        if ("country".equals(field)) {
            return countries.selectable(locale).stream().map(c -> new Option(c.code(), c.name())).toList();
        }
        Class<?> type = type(field);
        List<Option> options = new ArrayList<>();
        if (type == Boolean.class || type == boolean.class) {
            options.add(new Option("true", messages.getMessage("form.yes", null, locale)));
            options.add(new Option("false", messages.getMessage("form.no", null, locale)));
            return options;
        }
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            options.add(new Option(name, messages.getMessage("enum." + type.getSimpleName() + "." + name, null, name,
                    locale)));
        }
        return options;
    }

    /**
     * The organisations as they are now, to match the names of one file against: built once per import, so that
     * its values are matched against the same list.
     */
    Organisations organisations() {
        return new Organisations(organisations.findAll());
    }

    /** The organisations of the registry, found by id, name or normalised name. */
    static final class Organisations {

        private final Map<Long, Organisation> byId = new HashMap<>();

        private final Map<String, Organisation> byName = new HashMap<>();

        private final Map<String, Organisation> bySimilarName = new HashMap<>();

        Organisations(List<Organisation> all) {
            for (Organisation organisation : all) {
                byId.put(organisation.id(), organisation);
                for (String name : Arrays.asList(organisation.name().en(), organisation.name().ru(),
                        organisation.name().kk())) {
                    if (name != null && !name.isBlank()) {
                        byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), organisation);
                        bySimilarName.putIfAbsent(similar(name), organisation);
                    }
                }
            }
        }

        /** An organisation a file's value names, and how: by id or exact name, or by the name written otherwise. */
        record Named(Organisation organisation, Match match) {
        }

        /** The organisation a file's value names (id, exact name, or the name written otherwise), of any kind. */
        Optional<Named> find(String value) {
            String text = value.strip();
            Organisation found = text.matches("\\d{1,18}") ? byId.get(Long.parseLong(text)) : null;
            if (found == null) {
                found = byName.get(text.toLowerCase(Locale.ROOT));
            }
            if (found != null) {
                return Optional.of(new Named(found, Match.LABEL));
            }
            return Optional.ofNullable(bySimilarName.get(similar(text))).map(o -> new Named(o, Match.SIMILAR_NAME));
        }

        boolean valid(String value, Set<OrganisationKind> kinds) {
            if (NEW_ORGANISATION.equals(value)) {
                return true;
            }
            if (!value.matches("\\d{1,18}")) {
                return false;
            }
            Organisation organisation = byId.get(Long.parseLong(value));
            return organisation != null && kinds.contains(organisation.kind());
        }
    }

    /**
     * An organisation's name for comparison: lower case, without accents, quotes, punctuation and legal forms
     * ("ТОО «Казцинк»", "Kazzinc LLP" and "KAZZINC" compare alike).
     */
    static String similar(String name) {
        String plain = NAME_PUNCTUATION.matcher(spelling(name)).replaceAll(" ");
        return Arrays.stream(plain.split("\\s+")).filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
            .collect(Collectors.joining(" "));
    }

    /** Whether the field names an organisation (operator or authority). */
    static boolean organisationField(String field) {
        return ORGANISATION_FIELDS.containsKey(field);
    }

    /** The kinds of organisation an organisation field may name. */
    static Set<OrganisationKind> kindsOf(String field) {
        return ORGANISATION_FIELDS.get(field);
    }

    /** Whether the registry value is one of the field's options ("" — not known — is one for every field). */
    boolean valid(String field, String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        if (organisationField(field)) {
            return organisations().valid(value, kindsOf(field));
        }
        if ("country".equals(field)) {
            return countries.isKnown(value);
        }
        Class<?> type = type(field);
        if (type == Boolean.class || type == boolean.class) {
            return "true".equals(value) || "false".equals(value);
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The registry value a file's value is suggested as, if any. */
    Optional<Suggestion> suggest(String field, String fileValue) {
        if (fileValue == null || fileValue.isBlank()) {
            return Optional.empty();
        }
        if ("country".equals(field)) {
            return countries.find(fileValue).map(code -> new Suggestion(code, Match.LABEL))
                .or(() -> Optional.ofNullable(synonyms.getOrDefault(field, Map.of()).get(spelling(fileValue)))
                    .map(code -> new Suggestion(code, Match.SYNONYM)));
        }
        String spelling = spelling(fileValue);
        return Optional.ofNullable(spellings.computeIfAbsent(field, this::spellingsOf).get(spelling));
    }

    private Map<String, Suggestion> spellingsOf(String field) {
        Class<?> type = type(field);
        Map<String, Suggestion> bySpelling = new HashMap<>();
        if (type == Boolean.class || type == boolean.class) {
            TRUE_WORDS.forEach(word -> bySpelling.put(spelling(word), new Suggestion("true", Match.LABEL)));
            FALSE_WORDS.forEach(word -> bySpelling.put(spelling(word), new Suggestion("false", Match.LABEL)));
            for (Locale language : LANGUAGES) {
                bySpelling.putIfAbsent(spelling(messages.getMessage("form.yes", null, language)),
                        new Suggestion("true", Match.LABEL));
                bySpelling.putIfAbsent(spelling(messages.getMessage("form.no", null, language)),
                        new Suggestion("false", Match.LABEL));
            }
            return bySpelling;
        }
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            bySpelling.put(spelling(name), new Suggestion(name, Match.LABEL));
            for (Locale language : LANGUAGES) {
                String label = messages.getMessage("enum." + type.getSimpleName() + "." + name, null, "", language);
                if (!label.isEmpty()) {
                    bySpelling.putIfAbsent(spelling(label), new Suggestion(name, Match.LABEL));
                }
            }
        }
        synonyms.getOrDefault(field, Map.of())
            .forEach((synonym, value) -> bySpelling.putIfAbsent(synonym, new Suggestion(value, Match.SYNONYM)));
        return bySpelling;
    }

    /** The field's type in the facility form, or null for no such field. */
    private static Class<?> type(String field) {
        Class<?> type = BeanUtils.findPropertyType(field, FacilityInput.class);
        return type == Object.class ? null : type;
    }

    /**
     * A value's spelling for matching: lower case, without accents (so also й as и and ё as е, on both sides), with
     * spaces, hyphens, underscores and dots treated alike, and the US "center" as "centre".
     */
    static String spelling(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", " ").strip().replace("center", "centre");
    }

    private Map<String, Map<String, String>> readSynonyms() {
        Map<String, Map<String, String>> bySpelling = new HashMap<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("import/value-synonyms.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(reader)) {
                String field = record.get("field");
                String value = record.get("value");
                if (!enumerated(field) || !valid(field, value)) {
                    throw new IllegalStateException("import/value-synonyms.csv line " + record.getRecordNumber()
                            + ": " + value + " is not a value of " + field);
                }
                bySpelling.computeIfAbsent(field, f -> new HashMap<>()).put(spelling(record.get("synonym")), value);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bySpelling;
    }
}
