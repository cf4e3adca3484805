package org.tmfsafety.server.notification;

import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;

/** The unread count shown beside the notifications link of every page ({@code @notificationBadge.unread()}). */
@Component("notificationBadge")
public class NotificationBadge {

    private final Notifications notifications;

    private final CurrentUser user;

    NotificationBadge(Notifications notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    /** The signed-in user's unread notifications; 0 for the public. */
    public long unread() {
        return user.principal().map(p -> notifications.unreadCount(p.id())).orElse(0L);
    }
}
