package org.tmfsafety.server.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A notification of one user.
 *
 * @param params the values of the message's placeholders, in order
 * @param link the page of the subject, relative to the application
 */
public record Notification(long id, long userId, NotificationType type, String subjectType, long subjectId,
        String link, List<String> params, OffsetDateTime createdAt, OffsetDateTime readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
