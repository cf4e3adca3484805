package org.tmfsafety.server.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes audit events in the caller's transaction (so a change and its record commit or roll back
 * together) and reads a record's history.
 */
@Component
public class AuditLog {

    /** The actor recorded when the application itself changes data (demo data, set-up). */
    public static final String SYSTEM = "system";

    /** Fields that change on every update and say nothing by themselves. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt");

    private final JdbcClient jdbc;

    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a change made by the signed-in user (or {@link #SYSTEM}).
     * @param entityType the kind of record, e.g. {@code facility}
     * @param entityId its id
     * @param action what happened
     * @param before the record before (null when created)
     * @param after the record after (null when deleted)
     */
    public void record(String entityType, long entityId, AuditAction action, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO audit_event (actor, entity_type, entity_id, action, before, after)
                VALUES (:actor, :type, :id, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
            .param("actor", currentActor())
            .param("type", entityType)
            .param("id", entityId)
            .param("action", action.name())
            .param("before", before == null ? null : json.writeValueAsString(before))
            .param("after", after == null ? null : json.writeValueAsString(after))
            .update();
    }

    /** Returns the history of one record, oldest first, each entry with the fields it changed. */
    public List<HistoryEntry> history(String entityType, long entityId) {
        return jdbc.sql("""
                SELECT occurred_at, actor, action, before::text AS before, after::text AS after FROM audit_event
                 WHERE entity_type = :type AND entity_id = :id ORDER BY id
                """)
            .param("type", entityType)
            .param("id", entityId)
            .query((rs, row) -> new HistoryEntry(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                    AuditAction.valueOf(rs.getString("action")), changes(rs.getString("before"), rs.getString("after"))))
            .list();
    }

    private List<HistoryEntry.Change> changes(String beforeText, String afterText) {
        JsonNode before = beforeText == null ? json.createObjectNode() : json.readTree(beforeText);
        JsonNode after = afterText == null ? json.createObjectNode() : json.readTree(afterText);
        Set<String> fields = new LinkedHashSet<>(before.propertyNames());
        fields.addAll(after.propertyNames());
        List<HistoryEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = before.get(field);
            JsonNode now = after.get(field);
            boolean same = old == null ? now == null || now.isNull() : old.equals(now) || (old.isNull() && now == null);
            if (!same && !BOOKKEEPING.contains(field)) {
                changes.add(new HistoryEntry.Change(field, text(old), text(now)));
            }
        }
        return changes;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    /** The account name recorded for the current change: the signed-in user, or {@link #SYSTEM}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }

}
