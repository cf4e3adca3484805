package org.tmfsafety.methodology.checklist;

import java.util.List;

/**
 * A checklist question as the scoring needs it.
 *
 * @param id the question id
 * @param category the category it belongs to
 * @param weight its weight, above 0
 * @param measureIds the measures that remedy a deficit in it
 */
public record Question(String id, String category, double weight, List<String> measureIds) {
}
