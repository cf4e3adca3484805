package org.tmfsafety.server.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.system.NotFoundException;

/** The signed-in user's notifications: the page, opening one (marks it read), and the API. */
@Controller
@Tag(name = "Notifications")
class NotificationController {

    private static final int SHOWN = 200;

    private final Notifications notifications;

    private final CurrentUser user;

    NotificationController(Notifications notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    /** A notification as the API gives it: its text in the caller's language and the link to its subject. */
    record NotificationResponse(long id, NotificationType type, String text, String link, String subjectType,
            long subjectId, OffsetDateTime createdAt, boolean read) {
    }

    @GetMapping("/api/v1/notifications")
    @ResponseBody
    @Operation(summary = "The caller's notifications, newest first (at most 200)")
    List<NotificationResponse> list(Locale locale) {
        return mine().stream()
            .map(n -> new NotificationResponse(n.id(), n.type(), notifications.text(n, locale), n.link(), n.subjectType(),
                    n.subjectId(), n.createdAt(), n.isRead()))
            .toList();
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseBody
    @Operation(summary = "Mark one of the caller's notifications read")
    ResponseEntity<Void> read(@PathVariable long id) {
        if (!notifications.markRead(me(), id)) {
            throw new NotFoundException("problem.notFound.notification", id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifications")
    String page(Model model) {
        model.addAttribute("notifications", mine());
        return "notifications/list";
    }

    @GetMapping("/notifications/{id}")
    String open(@PathVariable long id) {
        Notification notification = notifications.find(me(), id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.notification", id));
        notifications.markRead(me(), id);
        return "redirect:" + notification.link();
    }

    @PostMapping("/notifications/read")
    String readAll() {
        notifications.markAllRead(me());
        return "redirect:/notifications";
    }

    private List<Notification> mine() {
        return notifications.of(me(), SHOWN);
    }

    private long me() {
        return user.principal().orElseThrow().id();
    }
}
