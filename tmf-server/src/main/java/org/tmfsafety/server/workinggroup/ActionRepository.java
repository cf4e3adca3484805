package org.tmfsafety.server.workinggroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the working group's action items and their comments. */
@Repository
class ActionRepository {

    private static final String SELECT = """
            SELECT a.*, u.username AS assignee_username, u.display_name AS assignee_name, o.name AS organisation_name,
                   f.code AS facility_code
              FROM wg_action a
              LEFT JOIN app_user u ON u.id = a.assignee_user_id
              LEFT JOIN organisation o ON o.id = a.assignee_organisation_id
              LEFT JOIN facility f ON f.id = a.facility_id
            """;

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment on an action item. */
    record Comment(String author, String text, OffsetDateTime createdAt) {
    }

    long insert(ActionInput input, Long assigneeUserId, String createdBy) {
        return fields(jdbc.sql("""
                INSERT INTO wg_action (title, description, assignee_user_id, assignee_organisation_id, due_date,
                    facility_id, decision_id, programme_item_id, created_by)
                VALUES (:title, :description, :user, :organisation, :due, :facility, :decision, :item, :by)
                RETURNING id"""), input, assigneeUserId)
            .param("by", createdBy)
            .query(Long.class)
            .single();
    }

    /** Updates the item if it is still at the given version; returns whether it was. */
    boolean update(long id, ActionInput input, Long assigneeUserId, ActionStatus status, int version) {
        return fields(jdbc.sql("""
                UPDATE wg_action SET title = :title, description = :description, assignee_user_id = :user,
                       assignee_organisation_id = :organisation, due_date = :due, facility_id = :facility,
                       decision_id = :decision, programme_item_id = :item, status = :status,
                       completed_at = CASE WHEN :status IN ('DONE', 'CANCELLED') THEN coalesce(completed_at, now()) END,
                       updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version"""), input, assigneeUserId)
            .param("status", status.name())
            .param("id", id)
            .param("version", version)
            .update() == 1;
    }

    /** Binds the item's editable fields to the statement's parameters of the same names. */
    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec statement, ActionInput input,
            Long assigneeUserId) {
        return statement.param("title", input.title().strip())
            .param("description", input.description())
            .param("user", assigneeUserId)
            .param("organisation", input.organisationId())
            .param("due", input.dueDate())
            .param("facility", input.facilityId())
            .param("decision", input.decisionId())
            .param("item", input.programmeItemId());
    }

    Optional<ActionItem> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(this::item).optional();
    }

    /** Items, pending first by due date; only pending ones when asked, only those of a facility when given. */
    List<ActionItem> list(boolean pendingOnly, Long facilityId) {
        return jdbc.sql(SELECT + """
                 WHERE (NOT :pending OR a.status IN ('OPEN', 'IN_PROGRESS'))
                   AND (CAST(:facility AS BIGINT) IS NULL OR a.facility_id = :facility)
                 ORDER BY a.status IN ('DONE', 'CANCELLED'), a.due_date NULLS LAST, a.id""")
            .param("pending", pendingOnly)
            .param("facility", facilityId)
            .query(this::item)
            .list();
    }

    /** Pending items due on or before a date. */
    List<ActionItem> pendingDueBy(LocalDate date) {
        return jdbc.sql(SELECT + """
                 WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date <= :date ORDER BY a.due_date, a.id""")
            .param("date", date)
            .query(this::item)
            .list();
    }

    void comment(long actionId, String author, String text) {
        jdbc.sql("INSERT INTO wg_action_comment (action_id, author, text) VALUES (:id, :author, :text)")
            .param("id", actionId)
            .param("author", author)
            .param("text", text.strip())
            .update();
    }

    List<Comment> comments(long actionId) {
        return jdbc.sql("SELECT author, text, created_at FROM wg_action_comment WHERE action_id = :id ORDER BY id")
            .param("id", actionId)
            .query((rs, row) -> new Comment(rs.getString("author"), rs.getString("text"),
                    rs.getObject("created_at", OffsetDateTime.class)))
            .list();
    }

    /** Whether a decision or programme item exists (the tables an item may link to). */
    boolean exists(String table, long id) {
        if (!table.equals("wg_decision") && !table.equals("programme_item")) {
            throw new IllegalArgumentException("not a table action items link to: " + table);
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)").param("id", id)
            .query(Boolean.class).single();
    }

    private ActionItem item(ResultSet rs, int row) throws SQLException {
        return new ActionItem(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                rs.getObject("assignee_user_id", Long.class), rs.getString("assignee_username"),
                rs.getString("assignee_name"), rs.getObject("assignee_organisation_id", Long.class),
                rs.getString("organisation_name"), rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")), rs.getObject("facility_id", Long.class),
                rs.getString("facility_code"), rs.getObject("decision_id", Long.class),
                rs.getObject("programme_item_id", Long.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
