package org.tmfsafety.methodology.checklist;

/**
 * A measure of the catalogue as the selection needs it.
 *
 * @param id the measure id
 * @param term when it should be done
 */
public record Measure(String id, MeasureTerm term) {
}
