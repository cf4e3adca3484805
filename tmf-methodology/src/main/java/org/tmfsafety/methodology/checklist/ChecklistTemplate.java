package org.tmfsafety.methodology.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.json.Json;
import org.tmfsafety.methodology.profile.ProfileId;

/**
 * A versioned checklist with its measure catalogue: categories, questions (with family, mode, weight, guidance,
 * guideline section and linked measures) and measures (term, applicability, effort), all texts in EN/RU/KK, and
 * the time frames of the measure terms. Checked completely when read: unique ids, known categories and
 * measures, every measure linked from a question, weights 1 to 3, all three languages present.
 *
 * @param id the template's id and version, stored with every assessment
 * @param provenance where the content comes from
 * @param categories the categories in their order
 * @param questions the questions in their order
 * @param measures the measures by id, in their order
 * @param terms the time frame of each term
 * @param merged the measures of the previous version merged into others in this one, with a note
 */
public record ChecklistTemplate(ProfileId id, String provenance, List<ChecklistCategory> categories,
        List<ChecklistQuestion> questions, Map<String, CatalogueMeasure> measures, Map<MeasureTerm, TimeFrame> terms,
        List<MergedMeasure> merged) {

    /** The newest template shipped with the library. */
    public static final int LATEST_VERSION = 2;

    public ChecklistTemplate {
        categories = List.copyOf(categories);
        questions = List.copyOf(questions);
        merged = List.copyOf(merged);
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        terms = Collections.unmodifiableMap(new EnumMap<>(terms));
    }

    /**
     * The time frame of a term, in months from the assessment.
     *
     * @param fromMonths start
     * @param toMonths end, or {@code null} for open-ended
     * @param provisional why the frame is provisional, or {@code null} when sourced
     */
    public record TimeFrame(int fromMonths, Integer toMonths, String provisional) {
    }

    /**
     * A measure of the previous version that this version merged into another, because both asked for the same work.
     *
     * @param from the merged measure's id (still found in the previous version)
     * @param into the measure that now covers it
     * @param note what was merged, in English
     */
    public record MergedMeasure(String from, String into, String note) {
    }

    /** Reads the newest template shipped with the library. */
    public static ChecklistTemplate builtIn() {
        return builtIn(LATEST_VERSION);
    }

    /** Reads a version of the template shipped with the library (1 or 2). */
    public static ChecklistTemplate builtIn(int version) {
        String path = "/org/tmfsafety/methodology/checklist/unece-tmf-checklist-v" + version + ".json";
        try (InputStream in = ChecklistTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** The questions of one questionnaire family, in order. */
    public List<ChecklistQuestion> questions(Family family) {
        return questions.stream().filter(question -> question.families().contains(family)).toList();
    }

    /** The questions of a family that apply to a TMF in this state with this dam raise method, in order. */
    public List<ChecklistQuestion> questions(Family family, Applicability state, DamRaiseMethod raiseMethod) {
        return questions(family).stream().filter(question -> question.appliesTo(state, raiseMethod)).toList();
    }

    /** The questions of a family that do not apply to such a TMF: recorded as not applicable without asking. */
    public List<ChecklistQuestion> notApplicable(Family family, Applicability state, DamRaiseMethod raiseMethod) {
        return questions(family).stream().filter(question -> !question.appliesTo(state, raiseMethod)).toList();
    }

    /** The questions of a family as the scoring needs them. */
    public List<Question> scoringQuestions(Family family) {
        return questions(family).stream().map(ChecklistQuestion::forScoring).toList();
    }

    /** The catalogue as the measure selection needs it. */
    public List<Measure> selectionCatalogue() {
        return measures.values().stream().map(CatalogueMeasure::forSelection).toList();
    }

    /**
     * The measure programme for the deficits of a TMF in the given state: only measures that apply to that state
     * are proposed (E8 on the catalogue restricted to the state).
     */
    public MeasureProgramme programme(List<ChecklistScore.Deficit> deficits, Applicability state) {
        List<ChecklistScore.Deficit> applicable = deficits.stream()
            .map(deficit -> new ChecklistScore.Deficit(deficit.questionId(), deficit.category(), deficit.gap(),
                    deficit.measureIds().stream()
                        .filter(id -> measures.containsKey(id) && measures.get(id).applicability().contains(state))
                        .toList()))
            .toList();
        return MeasureProgramme.select(applicable, selectionCatalogue());
    }

    /**
     * Reads and checks a template.
     *
     * @throws IllegalArgumentException naming the first entry at fault
     */
    @SuppressWarnings("unchecked")
    public static ChecklistTemplate parse(String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        ProfileId id = new ProfileId(string(root, "id", "template"), whole(root.get("version"), "version"));
        List<ChecklistCategory> categories = new ArrayList<>();
        Set<String> categoryIds = new HashSet<>();
        for (Object node : list(root, "categories")) {
            Map<String, Object> category = (Map<String, Object>) node;
            String categoryId = string(category, "id", "category");
            require(categoryIds.add(categoryId), "category " + categoryId + " appears twice");
            categories.add(new ChecklistCategory(categoryId, texts(category, "title", categoryId),
                    string(category, "guidelineSection", categoryId)));
        }
        Map<String, CatalogueMeasure> measures = new LinkedHashMap<>();
        for (Object node : list(root, "measures")) {
            Map<String, Object> measure = (Map<String, Object>) node;
            String measureId = string(measure, "id", "measure");
            String category = string(measure, "category", measureId);
            require(categoryIds.contains(category), measureId + ": unknown category " + category);
            require(!measures.containsKey(measureId), "measure " + measureId + " appears twice");
            measures.put(measureId, new CatalogueMeasure(measureId, category,
                    constant(MeasureTerm.class, string(measure, "term", measureId), measureId),
                    constants(Applicability.class, (List<Object>) measure.get("applicability"), measureId),
                    constant(Effort.class, string(measure, "effort", measureId), measureId),
                    texts(measure, "title", measureId), texts(measure, "description", measureId)));
        }
        List<ChecklistQuestion> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        Set<String> linked = new HashSet<>();
        for (Object node : list(root, "questions")) {
            Map<String, Object> question = (Map<String, Object>) node;
            String questionId = string(question, "id", "question");
            require(questionIds.add(questionId), "question " + questionId + " appears twice");
            String category = string(question, "category", questionId);
            require(categoryIds.contains(category), questionId + ": unknown category " + category);
            int weight = whole(question.get("weight"), questionId + ".weight");
            require(weight >= 1 && weight <= 3, questionId + ": weight must be 1, 2 or 3");
            List<String> measureIds = new ArrayList<>();
            for (Object measureId : (List<Object>) question.get("measures")) {
                require(measures.containsKey(measureId), questionId + ": unknown measure " + measureId);
                measureIds.add((String) measureId);
            }
            require(!measureIds.isEmpty(), questionId + ": links no measure");
            linked.addAll(measureIds);
            Set<Applicability> states = question.containsKey("states")
                    ? constants(Applicability.class, (List<Object>) question.get("states"), questionId)
                    : EnumSet.allOf(Applicability.class);
            Set<DamRaiseMethod> raiseMethods = question.containsKey("damRaiseMethods")
                    ? constants(DamRaiseMethod.class, (List<Object>) question.get("damRaiseMethods"), questionId)
                    : EnumSet.noneOf(DamRaiseMethod.class);
            questions.add(new ChecklistQuestion(questionId, category,
                    constants(Family.class, (List<Object>) question.get("families"), questionId),
                    constant(QuestionMode.class, string(question, "mode", questionId), questionId), weight,
                    texts(question, "text", questionId), texts(question, "guidance", questionId),
                    string(question, "guidelineSection", questionId), measureIds, states, raiseMethods));
        }
        for (String measureId : measures.keySet()) {
            require(linked.contains(measureId), "measure " + measureId + " is linked from no question");
        }
        Map<MeasureTerm, TimeFrame> terms = new EnumMap<>(MeasureTerm.class);
        Map<String, Object> termNodes = (Map<String, Object>) root.get("terms");
        require(termNodes != null, "the template has no terms");
        for (MeasureTerm term : MeasureTerm.values()) {
            Map<String, Object> frame = (Map<String, Object>) termNodes.get(term.name());
            require(frame != null, "the template has no time frame for " + term);
            Object to = frame.get("toMonths");
            terms.put(term, new TimeFrame(whole(frame.get("fromMonths"), term + ".fromMonths"),
                    to == null || to == Json.NULL ? null : whole(to, term + ".toMonths"), (String) frame.get("provisional")));
        }
        List<MergedMeasure> merged = new ArrayList<>();
        Object mergedNodes = root.get("merged");
        if (mergedNodes instanceof List<?> list) {
            for (Object node : list) {
                Map<String, Object> entry = (Map<String, Object>) node;
                String from = string(entry, "from", "merged");
                String into = string(entry, "into", "merged " + from);
                require(!measures.containsKey(from), "merged measure " + from + " is still in the catalogue");
                require(measures.containsKey(into), "measure " + from + " is merged into unknown " + into);
                merged.add(new MergedMeasure(from, into, string(entry, "note", "merged " + from)));
            }
        }
        return new ChecklistTemplate(id, string(root, "provenance", "template"), categories, questions, measures, terms,
                merged);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("checklist template: " + problem);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> node, String key) {
        Object value = node.get(key);
        require(value instanceof List<?> list && !list.isEmpty(), "no " + key);
        return (List<Object>) value;
    }

    private static String string(Map<String, Object> node, String key, String where) {
        Object value = node.get(key);
        require(value instanceof String text && !text.isBlank(), where + ": " + key + " is missing");
        return (String) value;
    }

    private static int whole(Object value, String where) {
        require(value instanceof BigDecimal, where + " must be a whole number");
        return ((BigDecimal) value).intValueExact();
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText texts(Map<String, Object> node, String key, String where) {
        Object value = node.get(key);
        require(value instanceof Map<?, ?>, where + ": " + key + " is missing");
        Map<String, Object> texts = (Map<String, Object>) value;
        return new LocalizedText(string(texts, "en", where + "." + key), string(texts, "ru", where + "." + key),
                string(texts, "kk", where + "." + key));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("checklist template: " + where + ": unknown " + type.getSimpleName()
                    + " " + value, e);
        }
    }

    private static <E extends Enum<E>> Set<E> constants(Class<E> type, List<Object> values, String where) {
        require(values != null && !values.isEmpty(), where + ": no " + type.getSimpleName());
        Set<E> set = EnumSet.noneOf(type);
        for (Object value : values) {
            set.add(constant(type, String.valueOf(value), where));
        }
        return set;
    }
}
