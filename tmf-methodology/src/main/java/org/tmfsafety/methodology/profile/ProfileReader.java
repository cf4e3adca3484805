package org.tmfsafety.methodology.profile;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmfsafety.methodology.checklist.Answer;
import org.tmfsafety.methodology.checklist.ChecklistRules;
import org.tmfsafety.methodology.checklist.Evidence;
import org.tmfsafety.methodology.json.Json;
import org.tmfsafety.methodology.json.JsonException;

/**
 * Reads a methodology profile from its JSON file and checks it completely: every term and every class
 * threshold must carry either {@code source} or {@code provisional}, thresholds must ascend, defaults
 * must be valid inputs. Errors name the JSON path. The format is described in
 * {@code docs/methodology/profiles.md}.
 */
public final class ProfileReader {

    /** The first profile shipped with the library (version 1). */
    public static final String BUILT_IN = "/org/tmfsafety/methodology/profiles/unece-tmf-provisional-v1.json";

    /** Every profile shipped with the library, oldest version first. */
    public static final List<String> BUILT_INS = List.of(BUILT_IN,
            "/org/tmfsafety/methodology/profiles/unece-tmf-provisional-v2.json");

    /** The languages every label of a profile must be given in. */
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk");

    private ProfileReader() {
    }

    /** Reads the newest profile shipped with the library. */
    public static MethodologyProfile builtIn() {
        return resource(BUILT_INS.get(BUILT_INS.size() - 1));
    }

    /** Reads one version of the profile shipped with the library, e.g. 1 for the worst-case rules of v1. */
    public static MethodologyProfile builtIn(int version) {
        return builtIns().stream().filter(profile -> profile.id().version() == version).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no built-in profile version " + version));
    }

    /** Reads every profile shipped with the library, oldest version first. */
    public static List<MethodologyProfile> builtIns() {
        return BUILT_INS.stream().map(ProfileReader::resource).toList();
    }

    private static MethodologyProfile resource(String name) {
        try (InputStream in = ProfileReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return read(in);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** Reads a profile from UTF-8 JSON. */
    public static MethodologyProfile read(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Reads a profile from JSON text. */
    public static MethodologyProfile parse(String json) {
        Object root;
        try {
            root = Json.parse(json);
        }
        catch (JsonException e) {
            throw new ProfileException("not valid JSON: " + e.getMessage(), e);
        }
        Node profile = new Node("$", root).object();
        profile.allowOnly("id", "version", "title", "description", "indices", "checklist", "size");
        String id = profile.get("id").text();
        if (!id.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            throw profile.get("id").error("must be lower-case letters, digits and hyphens");
        }
        int version = profile.get("version").integer();
        if (version < 1) {
            throw profile.get("version").error("must be 1 or more");
        }
        Map<String, IndexDefinition> indices = new LinkedHashMap<>();
        Node indexNodes = profile.get("indices").object();
        for (String code : indexNodes.keys()) {
            indices.put(code, index(code, indexNodes.get(code).object(), indices));
        }
        if (indices.isEmpty()) {
            throw indexNodes.error("defines no index");
        }
        ChecklistRules checklist = profile.has("checklist") ? checklist(profile.get("checklist").object()) : null;
        SizeRules size = profile.has("size") ? size(profile.get("size").object()) : null;
        return new MethodologyProfile(new ProfileId(id, version), profile.get("title").text(),
                profile.get("description").text(), Map.copyOf(indices), checklist, size);
    }

    private static SizeRules size(Node node) {
        node.allowOnly("dryDensity", "shapeFactor", "tailingsFraction", "fillFraction");
        return new SizeRules(range(node.get("dryDensity").object(), Double.POSITIVE_INFINITY),
                range(node.get("shapeFactor").object(), 1), range(node.get("tailingsFraction").object(), 1),
                range(node.get("fillFraction").object(), 1));
    }

    private static SizeRules.Range range(Node node, double largest) {
        node.allowOnly("low", "high", "source", "provisional");
        double low = node.get("low").number();
        double high = node.get("high").number();
        if (low <= 0 || low > largest) {
            throw node.get("low").error(largest == 1 ? "must be above 0 and at most 1" : "must be above 0");
        }
        if (high < low || high > largest) {
            throw node.get("high").error(largest == 1 ? "must be at least low and at most 1" : "must be at least low");
        }
        return new SizeRules.Range(low, high, provenance(node, "source", "provisional"));
    }

    private static ChecklistRules checklist(Node node) {
        node.allowOnly("answers", "evidence", "source", "provisional");
        Map<Answer, Double> answers = new EnumMap<>(Answer.class);
        Node answerNode = node.get("answers").object();
        for (Answer answer : Answer.values()) {
            if (answer != Answer.NOT_APPLICABLE) {
                answers.put(answer, fraction(answerNode.get(answer.name())));
            }
        }
        answerNode.allowOnly(answers.keySet().stream().map(Enum::name).toArray(String[]::new));
        Map<Evidence, Double> evidence = new EnumMap<>(Evidence.class);
        Node evidenceNode = node.get("evidence").object();
        for (Evidence kind : Evidence.values()) {
            evidence.put(kind, fraction(evidenceNode.get(kind.name())));
        }
        evidenceNode.allowOnly(evidence.keySet().stream().map(Enum::name).toArray(String[]::new));
        return new ChecklistRules(Map.copyOf(answers), Map.copyOf(evidence), provenance(node, "source", "provisional"));
    }

    private static double fraction(Node node) {
        double value = node.number();
        if (value < 0 || value > 1) {
            throw node.error("must be between 0 and 1");
        }
        return value;
    }

    private static IndexDefinition index(String code, Node node, Map<String, IndexDefinition> earlier) {
        node.allowOnly("includes", "terms", "classes", "classesSource", "classesProvisional");
        String includes = node.has("includes") ? node.get("includes").text() : null;
        if (includes != null && !earlier.containsKey(includes)) {
            throw node.get("includes").error("must name an index defined before this one");
        }
        List<TermDefinition> terms = new ArrayList<>();
        List<Node> termNodes = node.get("terms").array();
        for (Node term : termNodes) {
            terms.add(term(term.object()));
        }
        List<IndexClass> classes = new ArrayList<>();
        List<Node> classNodes = node.get("classes").array();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < classNodes.size(); i++) {
            Node indexClass = classNodes.get(i).object();
            indexClass.allowOnly("code", "below", "label", "colour");
            boolean last = i == classNodes.size() - 1;
            double below = last ? Double.POSITIVE_INFINITY : indexClass.get("below").number();
            if (last && indexClass.has("below")) {
                throw indexClass.get("below").error("the last class has no upper limit");
            }
            if (below <= previous) {
                throw indexClass.get("below").error("class limits must ascend");
            }
            previous = below;
            String colour = indexClass.has("colour") ? colour(indexClass.get("colour")) : null;
            Map<String, String> label = indexClass.has("label") ? label(indexClass.get("label").object()) : Map.of();
            classes.add(new IndexClass(indexClass.get("code").text(), below, colour, label));
        }
        if (classes.isEmpty()) {
            throw node.get("classes").error("needs at least one class");
        }
        return new IndexDefinition(code, includes, List.copyOf(terms), List.copyOf(classes),
                provenance(node, "classesSource", "classesProvisional"));
    }

    private static String colour(Node node) {
        String colour = node.text();
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw node.error("must be a colour written #rrggbb");
        }
        return colour;
    }

    private static Map<String, String> label(Node node) {
        node.allowOnly(LANGUAGES.toArray(String[]::new));
        Map<String, String> label = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            label.put(language, node.get(language).text());
        }
        return label;
    }

    private static TermDefinition term(Node node) {
        node.allowOnly("code", "input", "rule", "source", "provisional", "missing");
        Rule rule = rule(node.get("rule").object());
        Missing missing = missing(node.get("missing"), rule);
        return new TermDefinition(node.get("code").text(), node.get("input").text(), rule,
                provenance(node, "source", "provisional"), missing);
    }

    private static Rule rule(Node node) {
        String type = node.get("type").text();
        switch (type) {
            case "log10" -> {
                node.allowOnly("type", "minimum", "spanFrom", "spanTo");
                double minimum = node.get("minimum").number();
                if (minimum <= 0) {
                    throw node.get("minimum").error("must be above 0 for a logarithm");
                }
                double from = node.has("spanFrom") ? node.get("spanFrom").number()
                        : Math.max(minimum, Rule.Log10.DEFAULT_SPAN_FROM);
                if (from < minimum) {
                    throw node.get("spanFrom").error("the span must start at the minimum or above");
                }
                double to = node.has("spanTo") ? node.get("spanTo").number() : Math.max(from * 10, Rule.Log10.DEFAULT_SPAN_TO);
                if (to <= from) {
                    throw node.get("spanTo").error("the span must end above its start");
                }
                return new Rule.Log10(minimum, from, to);
            }
            case "category" -> {
                node.allowOnly("type", "points");
                Node points = node.get("points").object();
                Map<String, Double> map = new LinkedHashMap<>();
                for (String key : points.keys()) {
                    map.put(key, points.get(key).number());
                }
                if (map.isEmpty()) {
                    throw points.error("needs at least one category");
                }
                return new Rule.Category(map);
            }
            case "bands" -> {
                node.allowOnly("type", "bands", "otherwise");
                List<Rule.Band> bands = new ArrayList<>();
                double previous = Double.NEGATIVE_INFINITY;
                for (Node band : node.get("bands").array()) {
                    band.object().allowOnly("below", "points");
                    double below = band.get("below").number();
                    if (below <= previous) {
                        throw band.get("below").error("band limits must ascend");
                    }
                    previous = below;
                    bands.add(new Rule.Band(below, band.get("points").number()));
                }
                return new Rule.Bands(List.copyOf(bands), node.get("otherwise").number());
            }
            case "yesNo" -> {
                node.allowOnly("type", "yes", "no");
                return new Rule.YesNo(node.get("yes").number(), node.get("no").number());
            }
            default -> throw node.get("type").error("unknown rule type; use log10, category, bands or yesNo");
        }
    }

    private static Missing missing(Node node, Rule rule) {
        if (node.value() instanceof String text) {
            switch (text) {
                case "required" -> {
                    return new Missing.Required();
                }
                case "interval" -> {
                    if (rule instanceof Rule.Log10) {
                        throw node.error("a log10 term has no worst value; use \"required\"");
                    }
                    return new Missing.Interval();
                }
                default -> throw node.error("must be \"required\", \"interval\" or an object with treatAs");
            }
        }
        node.object().allowOnly("treatAs", "source", "provisional");
        Node value = node.get("treatAs");
        Object treatAs;
        if (rule instanceof Rule.Category category) {
            treatAs = value.text();
            if (!category.points().containsKey(treatAs)) {
                throw value.error("must be one of the categories " + category.points().keySet());
            }
        }
        else if (rule instanceof Rule.YesNo) {
            treatAs = value.bool();
        }
        else {
            treatAs = value.number();
        }
        return new Missing.TreatAs(treatAs, provenance(node, "source", "provisional"));
    }

    private static Provenance provenance(Node node, String sourceKey, String provisionalKey) {
        boolean sourced = node.has(sourceKey);
        boolean provisional = node.has(provisionalKey);
        if (sourced == provisional) {
            throw node.error("needs exactly one of \"" + sourceKey + "\" and \"" + provisionalKey + "\"");
        }
        return sourced ? new Provenance(node.get(sourceKey).text(), null)
                : new Provenance(null, node.get(provisionalKey).text());
    }

    /** A value in the parsed file with its JSON path, for precise error messages. */
    private record Node(String path, Object value) {

        Node object() {
            if (!(value instanceof Map)) {
                throw error("must be an object");
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map() {
            return (Map<String, Object>) object().value;
        }

        Set<String> keys() {
            return map().keySet();
        }

        boolean has(String key) {
            return map().containsKey(key) && map().get(key) != Json.NULL;
        }

        Node get(String key) {
            if (!has(key)) {
                throw error("missing \"" + key + "\"");
            }
            return new Node(path + "." + key, map().get(key));
        }

        void allowOnly(String... keys) {
            for (String key : keys()) {
                if (!List.of(keys).contains(key)) {
                    throw new ProfileException(path + "." + key, "unknown field");
                }
            }
        }

        List<Node> array() {
            if (!(value instanceof List<?> list)) {
                throw error("must be an array");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                nodes.add(new Node(path + "[" + i + "]", list.get(i)));
            }
            return nodes;
        }

        String text() {
            if (!(value instanceof String text) || text.isBlank()) {
                throw error("must be a non-empty string");
            }
            return text;
        }

        double number() {
            if (!(value instanceof BigDecimal number)) {
                throw error("must be a number");
            }
            return number.doubleValue();
        }

        int integer() {
            try {
                return ((BigDecimal) value).intValueExact();
            }
            catch (ClassCastException | ArithmeticException e) {
                throw error("must be a whole number");
            }
        }

        boolean bool() {
            if (!(value instanceof Boolean bool)) {
                throw error("must be true or false");
            }
            return bool;
        }

        ProfileException error(String message) {
            return new ProfileException(path, message);
        }

    }

}
