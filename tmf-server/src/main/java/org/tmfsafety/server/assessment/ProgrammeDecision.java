package org.tmfsafety.server.assessment;

import java.util.List;

/**
 * What an inspector makes of an assessment's proposal.
 *
 * @param accept proposed measures taken into the programme
 * @param drop proposed measures not taken, each with its reason (kept in the programme as DROPPED)
 * @param add further measures from the catalogue
 * @param custom measures not in the catalogue
 */
public record ProgrammeDecision(List<String> accept, List<Dropped> drop, List<String> add, List<Custom> custom) {

    /** A proposed measure not taken, and why. */
    public record Dropped(String measureId, String reason) {
    }

    /** A measure of one's own. */
    public record Custom(String title, String term) {
    }
}
