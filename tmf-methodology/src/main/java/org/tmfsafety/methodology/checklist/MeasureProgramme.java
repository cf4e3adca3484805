package org.tmfsafety.methodology.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns deficits into a programme of measures (E8): each linked measure once, grouped by term, ordered
 * by the largest gap among the deficits it remedies (then by id).
 *
 * @param byTerm the selected measures per term (every term present, possibly empty)
 */
public record MeasureProgramme(Map<MeasureTerm, List<SelectedMeasure>> byTerm) {

    /**
     * A measure in the programme.
     *
     * @param measureId the measure
     * @param term its term
     * @param priority the largest gap w·(1 − a·c) of the deficits it remedies
     * @param questionIds the deficits it remedies
     */
    public record SelectedMeasure(String measureId, MeasureTerm term, double priority, List<String> questionIds) {
    }

    /**
     * Selects the measures for the deficits from the catalogue.
     * @throws IllegalArgumentException naming a linked measure id the catalogue does not have
     */
    public static MeasureProgramme select(List<ChecklistScore.Deficit> deficits, List<Measure> catalogue) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        catalogue.forEach(measure -> measures.put(measure.id(), measure));
        Map<String, Double> priority = new LinkedHashMap<>();
        Map<String, Set<String>> questions = new LinkedHashMap<>();
        for (ChecklistScore.Deficit deficit : deficits) {
            for (String id : deficit.measureIds()) {
                if (!measures.containsKey(id)) {
                    throw new IllegalArgumentException(id);
                }
                priority.merge(id, deficit.gap(), Math::max);
                questions.computeIfAbsent(id, k -> new TreeSet<>()).add(deficit.questionId());
            }
        }
        Map<MeasureTerm, List<SelectedMeasure>> byTerm = new EnumMap<>(MeasureTerm.class);
        for (MeasureTerm term : MeasureTerm.values()) {
            byTerm.put(term, new ArrayList<>());
        }
        priority.forEach((id, gap) -> byTerm.get(measures.get(id).term())
            .add(new SelectedMeasure(id, measures.get(id).term(), gap, List.copyOf(questions.get(id)))));
        byTerm.replaceAll((term, list) -> list.stream()
            .sorted(Comparator.comparingDouble(SelectedMeasure::priority).reversed().thenComparing(SelectedMeasure::measureId))
            .toList());
        return new MeasureProgramme(byTerm);
    }

}
