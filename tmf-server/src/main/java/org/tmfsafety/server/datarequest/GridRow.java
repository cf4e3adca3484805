package org.tmfsafety.server.datarequest;

import java.util.List;

/**
 * One item as the request's page shows it: labels in the reader's language, the facility's current value and the
 * answer as people read them, and for choice fields the options of the select.
 *
 * @param kind NUMBER, WHOLE_NUMBER, CHOICE or YES_NO
 * @param answerInput the answer as the input shows it (exchange form)
 */
public record GridRow(RequestItem item, String facilityName, String organisationName, String fieldLabel,
        String kind, String current, String answer, String answerInput, List<Option> options, boolean answerable) {

    /** A select option: the exchange value and its label. */
    public record Option(String value, String label) {
    }

    /** Whether the answer is typed as a number. */
    public boolean numeric() {
        return "NUMBER".equals(kind) || "WHOLE_NUMBER".equals(kind);
    }
}
