package org.tmfsafety.server.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tmfsafety.server.account.Role;

/**
 * Creates and reads in-app notifications. Creating is idempotent per user and dedupe key (a reminder is sent once
 * however often the job runs); texts are rendered when read, in the reader's language.
 */
@Service
public class Notifications {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final MessageSource messages;

    Notifications(JdbcClient jdbc, JsonMapper json, MessageSource messages) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
    }

    /**
     * Notifies users, each once per dedupe key; returns how many notifications were created.
     *
     * @param link the subject's page, relative to the application, e.g. {@code /working-group/actions/7}
     * @param params the message's placeholder values, in order
     */
    public int notify(Collection<Long> userIds, NotificationType type, String subjectType, long subjectId, String link,
            List<String> params, String dedupeKey) {
        int created = 0;
        for (Long userId : userIds) {
            created += jdbc.sql("""
                    INSERT INTO notification (user_id, type, subject_type, subject_id, link, params, dedupe_key)
                    VALUES (:user, :type, :subjectType, :subjectId, :link, CAST(:params AS jsonb), :key)
                    ON CONFLICT (user_id, dedupe_key) DO NOTHING""")
                .param("user", userId)
                .param("type", type.name())
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("link", link)
                .param("params", json.writeValueAsString(params))
                .param("key", dedupeKey)
                .update();
        }
        return created;
    }

    /** The enabled accounts with one of the roles (e.g. the reviewers of assessments). */
    public List<Long> usersWithRoles(Role... roles) {
        return jdbc.sql("SELECT id FROM app_user WHERE enabled AND role = ANY (string_to_array(:roles, ','))")
            .param("roles", String.join(",", Arrays.stream(roles).map(Role::name).toList()))
            .query(Long.class)
            .list();
    }

    /** The enabled accounts that belong to an organisation. */
    public List<Long> usersOf(long organisationId) {
        return jdbc.sql("""
                SELECT u.id FROM app_user u JOIN user_organisation o ON o.user_id = u.id
                 WHERE u.enabled AND o.organisation_id = :organisation""")
            .param("organisation", organisationId)
            .query(Long.class)
            .list();
    }

    /** The user's notifications, newest first. */
    public List<Notification> of(long userId, int limit) {
        return jdbc.sql("SELECT * FROM notification WHERE user_id = :user ORDER BY created_at DESC, id DESC LIMIT :limit")
            .param("user", userId)
            .param("limit", limit)
            .query(this::notification)
            .list();
    }

    /** One of the user's notifications. */
    public Optional<Notification> find(long userId, long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id AND user_id = :user")
            .param("id", id)
            .param("user", userId)
            .query(this::notification)
            .optional();
    }

    public long unreadCount(long userId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user AND read_at IS NULL")
            .param("user", userId)
            .query(Long.class)
            .single();
    }

    /** Marks one of the user's notifications read; returns whether it was the user's. */
    public boolean markRead(long userId, long id) {
        return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = :id AND user_id = :user")
            .param("id", id)
            .param("user", userId)
            .update() == 1;
    }

    public void markAllRead(long userId) {
        jdbc.sql("UPDATE notification SET read_at = now() WHERE user_id = :user AND read_at IS NULL")
            .param("user", userId)
            .update();
    }

    /** The notification's text in the given language. */
    public String text(Notification notification, Locale locale) {
        return messages.getMessage("notification." + notification.type().name(), notification.params().toArray(),
                locale);
    }

    /**
     * Notifications not yet e-mailed, oldest first, with their readers' addresses (users without one are skipped),
     * locked for the caller's transaction; rows another transaction holds are skipped.
     */
    List<Outgoing> unsent(int limit) {
        return jdbc.sql("""
                SELECT n.*, u.email, u.display_name FROM notification n JOIN app_user u ON u.id = n.user_id
                 WHERE n.emailed_at IS NULL AND u.enabled AND u.email IS NOT NULL AND u.email <> ''
                 ORDER BY n.id LIMIT :limit FOR UPDATE OF n SKIP LOCKED""")
            .param("limit", limit)
            .query((rs, row) -> new Outgoing(notification(rs, row), rs.getString("email"), rs.getString("display_name")))
            .list();
    }

    void markEmailed(long id) {
        jdbc.sql("UPDATE notification SET emailed_at = now() WHERE id = :id").param("id", id).update();
    }

    /** A notification to e-mail to its reader. */
    record Outgoing(Notification notification, String email, String name) {
    }

    private Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getLong("user_id"), NotificationType.valueOf(rs.getString("type")),
                rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("link"),
                json.readValue(rs.getString("params"), STRINGS), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class));
    }
}
