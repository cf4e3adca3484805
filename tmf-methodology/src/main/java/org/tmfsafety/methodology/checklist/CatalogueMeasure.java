package org.tmfsafety.methodology.checklist;

import java.util.Set;

/**
 * A measure of the catalogue.
 *
 * @param id its id (e.g. M-DAM-04)
 * @param category the checklist category it belongs to
 * @param term when it should be done
 * @param applicability the TMF states it applies to
 * @param effort indicative effort
 * @param title its title
 * @param description what is done and what it achieves
 */
public record CatalogueMeasure(String id, String category, MeasureTerm term, Set<Applicability> applicability,
        Effort effort, LocalizedText title, LocalizedText description) {

    public CatalogueMeasure {
        applicability = Set.copyOf(applicability);
    }

    /** The measure as the selection needs it. */
    public Measure forSelection() {
        return new Measure(id, term);
    }
}
