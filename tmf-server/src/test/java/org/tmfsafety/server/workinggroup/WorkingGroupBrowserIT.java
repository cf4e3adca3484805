package org.tmfsafety.server.workinggroup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/**
 * A working-group secretary (the authority) schedules a meeting, records a decision about a facility and assigns
 * an action from it; the assignee sees the notification, opens it and reports the item done. In Chromium.
 */
class WorkingGroupBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeetingLeadsToADecisionAnActionAndANotifiedAssignee() {
        jdbc.sql("""
                INSERT INTO wg_member (user_id, group_role, institution)
                SELECT id, 'MEMBER', 'Committee for Industrial Safety' FROM app_user WHERE username = 'inspector'
                ON CONFLICT (user_id) DO NOTHING""").update();
        Page secretary = signedIn("authority", "authority-demo", "ru");
        Page inspector = null;
        try {
            secretary.locator("#working-group-link").click();
            secretary.locator("#schedule-meeting").click();
            secretary.fill("#title", "Заседание рабочей группы по хвостохранилищам");
            secretary.fill("#startsAt", LocalDate.now().plusDays(14) + "T10:00");
            secretary.fill("#place", "Астана, Министерство промышленности");
            secretary.fill("#agenda", "1. Итоги проверок\n2. Программа мер");
            secretary.locator("#save-meeting").click();
            assertThat(secretary).hasURL(Pattern.compile(".*/working-group/meetings/\\d+"));
            assertThat(secretary.locator("#meeting-title")).hasText("Заседание рабочей группы по хвостохранилищам");

            secretary.fill("#facilityCodes", "KZ-9999");
            secretary.fill("#text", "Провести обследование дамбы");
            secretary.locator("#add-decision").click();
            assertThat(secretary.locator("#wg-errors")).containsText("KZ-9999");
            secretary.fill("#facilityCodes", "KZ-0001");
            secretary.fill("#text", "Провести обследование дамбы");
            secretary.locator("#add-decision").click();
            assertThat(secretary.locator("#decision-list li")).hasCount(1);
            assertThat(secretary.locator("#decision-list li").first()).containsText("KZ-0001");
            Browser.screenshot(secretary, "70-working-group-meeting-ru");

            secretary.locator("#decision-list li a", new Page.LocatorOptions().setHasText(
                    text("wg.action.fromDecision", RU))).click();
            secretary.fill("#title", "Обследовать дамбу KZ-0001");
            secretary.selectOption("#assignee", "inspector");
            secretary.fill("#dueDate", LocalDate.now().plusDays(21).toString());
            secretary.locator("#save-action").click();
            assertThat(secretary.locator("#action-title")).hasText("Обследовать дамбу KZ-0001");

            inspector = signedIn("inspector", "inspector-demo", "kk");
            assertThat(inspector.locator("#unread-count")).isVisible();
            inspector.locator("#notifications-link").click();
            assertThat(inspector.locator("#notification-list li").first()).containsText("Обследовать дамбу KZ-0001");
            assertThat(inspector.locator("#notification-list li[data-type='MEETING_SCHEDULED']")).hasCount(1);
            inspector.locator("#notification-list li[data-type='ACTION_ASSIGNED'] a").first().click();
            assertThat(inspector.locator("#action-title")).hasText("Обследовать дамбу KZ-0001");
            inspector.selectOption("#status", "DONE");
            inspector.locator("#save-action").click();
            assertThat(inspector.locator("#action-status")).hasText(text("enum.ActionStatus.DONE", KK));
            inspector.fill("#text", "Обследование проведено, акт приложен.");
            inspector.locator("#add-comment").click();
            assertThat(inspector.locator("#comment-list li")).hasCount(1);
            Browser.screenshot(inspector, "71-working-group-action-kk");
        }
        finally {
            secretary.context().close();
            if (inspector != null) {
                inspector.context().close();
            }
        }
    }
}
