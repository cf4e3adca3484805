package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.Severity;
import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.FacilityType;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.methodology.profile.IndexDefinition;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.methodology.profile.TermDefinition;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.organisation.OrganisationKind;
import org.tmfsafety.server.workinggroup.ActionStatus;
import org.tmfsafety.server.workinggroup.GroupRole;
import org.tmfsafety.server.workinggroup.MeetingStatus;

/**
 * Keeps the English, Russian and Kazakh bundles in step and finds user-visible text that bypasses
 * them: literal text in templates and scripts, and message keys used in code or templates that no
 * bundle defines.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    private static final Path SCRIPTS = RESOURCES.resolve("static");

    private static final Path SOURCES = Path.of("src/main/java");

    private static final List<String> LANGUAGES = List.of("", "_ru", "_kk");

    /** Attributes that browsers show to people. */
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");

    /** Attributes whose processing replaces the element's body. */
    private static final List<String> BODY_REPLACING = List.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+?)(?:,[^{}]*)?}");

    static Map<String, String> bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("i18n/messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((key, value) -> map.put((String) key, (String) value));
        return map;
    }

    @Test
    void allLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = bundle("").keySet();
        assertThat(english).hasSizeGreaterThan(100);
        for (String language : LANGUAGES) {
            assertThat(bundle(language).keySet()).as("keys of messages%s", language).isEqualTo(english);
        }
    }

    @Test
    void translationsUseTheSamePlaceholdersAndAreNotEmpty() throws IOException {
        Map<String, String> english = bundle("");
        for (String language : LANGUAGES) {
            for (Map.Entry<String, String> entry : bundle(language).entrySet()) {
                assertThat(entry.getValue()).as("messages%s %s", language, entry.getKey()).isNotBlank();
                assertThat(placeholders(entry.getValue())).as("placeholders of messages%s %s", language, entry.getKey())
                    .isEqualTo(placeholders(english.get(entry.getKey())));
            }
        }
    }

    @Test
    void russianAndKazakhAreTranslatedNotCopied() throws IOException {
        Map<String, String> english = bundle("");
        Map<String, String> kazakh = bundle("_kk");
        long copied = english.keySet().stream().filter(key -> english.get(key).equals(kazakh.get(key))).count();
        assertThat(copied).as("Kazakh values identical to English (names, units, codes)").isLessThan(english.size() / 10);
        assertThat(String.join("", kazakh.values())).containsPattern("[әғқңөұүһі]");
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Map<String, String> english = bundle("");
        for (Class<? extends Enum<?>> type : List.of(FacilityStatus.class, FacilityType.class, DamRaiseMethod.class,
                WaterHazardClass.class, ManagementStatus.class, FloodHazard.class, SeismicHazard.class, DamCondition.class,
                TransboundarySetting.class, Role.class, OrganisationKind.class, Severity.class, FailureCause.class, ActionStatus.class,
                MeetingStatus.class, GroupRole.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(english).containsKey("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
    }

    @Test
    void everyTermClassAndInputOfTheBuiltInProfileHasALabel() throws IOException {
        Map<String, String> english = bundle("");
        MethodologyProfile profile = ProfileReader.builtIn();
        for (IndexDefinition index : profile.indices().values()) {
            assertThat(english).containsKey("rating.index." + index.code());
            index.classes().forEach(c -> assertThat(c.label()).as("labels of class %s of %s", c.code(), index.code())
                .containsOnlyKeys("en", "ru", "kk"));
            for (TermDefinition term : profile.allTerms(index)) {
                assertThat(english).containsKey("methodology.term." + term.code());
                assertThat(english).containsKey("facility.field." + term.input());
            }
        }
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                findings.addAll(hardCodedText(Files.readString(file), TEMPLATES.relativize(file).toString()));
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theTemplateCheckFindsLiteralTextAndAttributes() {
        String sample = """
                <div><p th:text="#{ok}">Placeholder text is fine</p><p>Hard-coded</p>
                <input placeholder="Type here"><input th:placeholder="#{ok}" placeholder="fine"><span>&hellip; 42</span></div>
                """;
        assertThat(hardCodedText(sample, "sample.html")).containsExactly("sample.html: text 'Hard-coded'",
                "sample.html: placeholder='Type here'");
    }

    @Test
    void scriptsHaveNoHardCodedText() throws IOException {
        List<String> findings = new ArrayList<>();
        if (Files.isDirectory(SCRIPTS)) {
            try (Stream<Path> files = Files.walk(SCRIPTS)) {
                // third-party minified libraries (e.g. topojson-client) are not ours to translate
                for (Path file : files.filter(p -> p.toString().endsWith(".js") && !p.toString().endsWith(".min.js")).toList()) {
                    findings.addAll(hardCodedScriptText(Files.readString(file), file.toString()));
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theScriptCheckFindsSentencesAndCyrillic() {
        String sample = "const a = 'data-ready'; const b = \"Loading map\"; const c = `Карта`; el.dataset.count = 'n';";
        assertThat(hardCodedScriptText(sample, "sample.js")).containsExactly("sample.js: \"Loading map\"",
                "sample.js: `Карта`");
    }

    @Test
    void everyMessageKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = bundle("").keySet();
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                collect(templateKey, Files.readString(file), used);
            }
        }
        Pattern codeKey = Pattern.compile("\"\\{([a-z][A-Za-z0-9_.]+)}\"|(?:reject|rejectValue|success|warning|getMessage)\\("
                + "(?:\"[A-Za-z]+\", )?\"([a-z][A-Za-z0-9_]+\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(codeKey, Files.readString(file), used);
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).as("keys used but missing from messages.properties").isSubsetOf(keys);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null && !matcher.group(group).endsWith(".")) {
                    into.add(matcher.group(group));
                }
            }
        }
    }

    static List<String> hardCodedText(String html, String name) {
        Document document = Jsoup.parse(html, "", Parser.xmlParser());
        List<String> findings = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                if (LETTER.matcher(text.text()).find() && !bodyReplaced(element)) {
                    findings.add(name + ": text '" + text.text().strip() + "'");
                }
            }
            for (String attribute : VISIBLE_ATTRIBUTES) {
                String value = element.attr(attribute);
                boolean visible = !attribute.equals("value") || element.attr("type").matches("submit|button|reset");
                if (visible && LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute)
                        && !element.hasAttr("th:attr")) {
                    findings.add(name + ": " + attribute + "='" + value + "'");
                }
            }
        }
        return findings;
    }

    private static boolean bodyReplaced(Element element) {
        // A page's <html th:replace> only wraps the page in the layout; its own text is still shown.
        for (Element e = element; e != null && !e.normalName().equals("html"); e = e.parent()) {
            for (String attribute : BODY_REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> hardCodedScriptText(String script, String name) {
        List<String> findings = new ArrayList<>();
        Matcher literal = Pattern.compile("(['\"`])((?:\\\\.|(?!\\1).)*)\\1").matcher(script);
        while (literal.find()) {
            String value = literal.group(2);
            boolean directive = value.equals("use strict");
            if (!directive && (value.matches(".*[\\p{IsCyrillic}].*") || value.matches(".*\\p{L}+\\s+\\p{L}+.*"))) {
                findings.add(name + ": " + literal.group());
            }
        }
        return findings;
    }

    private static Set<String> placeholders(String message) {
        Set<String> result = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            result.add(matcher.group(1));
        }
        return result;
    }

}
