package org.tmfsafety.server.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change of a record, as shown in its history.
 *
 * @param occurredAt when
 * @param actor who (user name, or {@code system} for changes made by the application itself)
 * @param action what happened
 * @param changes the fields that changed, with their values before and after
 */
public record HistoryEntry(OffsetDateTime occurredAt, String actor, AuditAction action, List<Change> changes) {

    /**
     * One field's change; values are JSON values rendered as text ({@code null} for none).
     *
     * @param field the JSON field name
     * @param before the value before, or null
     * @param after the value after, or null
     */
    public record Change(String field, String before, String after) {
    }

}
