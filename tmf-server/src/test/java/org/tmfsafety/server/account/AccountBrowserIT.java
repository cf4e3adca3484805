package org.tmfsafety.server.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** Sign-in, personal tokens, user administration and the change history, in a real Chromium. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void aWrongPasswordIsExplainedInTheUsersLanguage() {
        Page page = browser.newPage();
        page.navigate(url("/login?lang=kk"));
        page.fill("#username", "inspector");
        page.fill("#password", "not-the-password");
        page.locator("#sign-in").click();
        assertThat(page.locator("#login-error")).hasText(text("login.error.badCredentials", KK));
        Browser.screenshot(page, "10-login-error-kk");
        page.context().close();
    }

    @Test
    void anOperatorCreatesAnApiTokenSeesItOnceAndUsesIt() {
        Page page = signedIn("operator", "operator-demo", "ru");
        page.locator("#account-link").click();
        page.fill("#token-name", "GIS workstation");
        page.locator("#create-token").click();
        String token = page.locator("#new-token-value").textContent().strip();
        assertThat(token).startsWith("tmf_");
        Browser.screenshot(page, "11-account-token-ru");
        assertThat(new Api(port).withToken(token).get("/api/v1/facilities?size=1").status()).isEqualTo(200);

        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        assertThat(page.locator("#tokens")).containsText("GIS workstation");

        page.locator("#sign-out").click();
        assertThat(page.locator("#sign-in-link")).isVisible();
        page.context().close();
    }

    @Test
    void anAdministratorCreatesAUserAfterAPasswordPolicyError() {
        String username = "inspector-" + UUID.randomUUID().toString().substring(0, 6);
        Page page = signedIn("admin", "admin-demo", "en");
        page.navigate(url("/admin/users/new"));
        page.fill("#username", username);
        page.fill("#displayName", "New Inspector");
        page.selectOption("#role", "INSPECTOR");
        page.fill("#password", "short");
        page.locator("#save-user").click();
        assertThat(page.locator("[data-error-for=password]"))
            .hasText(text("account.password.tooShort", Locale.ENGLISH, "10"));
        Browser.screenshot(page, "12-admin-user-error-en");

        page.fill("#password", "Tailings-safety-2026");
        page.locator("#save-user").click();
        assertThat(page.locator("#users [data-username=" + username + "]")).isVisible();
        Browser.screenshot(page, "13-admin-users-en");
        page.context().close();

        Page newUser = signedIn(username, "Tailings-safety-2026", "en");
        assertThat(newUser.locator("#account-link")).hasText("New Inspector");
        newUser.context().close();
    }

    @Test
    void theFacilityPageShowsWhoChangedWhat() {
        Api authority = new Api(port).asAuthority();
        var facility = Api.object();
        facility.put("name", "History page facility");
        facility.put("country", "KAZ");
        facility.put("latitude", 49.9);
        facility.put("longitude", 82.6);
        facility.put("status", "ACTIVE");
        var created = authority.post("/api/v1/facilities", facility).body();
        var change = (tools.jackson.databind.node.ObjectNode) created.deepCopy();
        change.put("damHeightM", 42.0);
        authority.put("/api/v1/facilities/" + created.get("id").asLong(), change);

        Page page = signedIn("inspector", "inspector-demo", "ru");
        page.navigate(url("/facilities/" + created.get("id").asLong()));
        assertThat(page.locator("#history tbody tr")).hasCount(2);
        assertThat(page.locator("#history tbody tr").nth(1)).containsText("authority");
        assertThat(page.locator("#history tbody tr").nth(1)).containsText(text("facility.field.damHeightM", RU) + ": — → 42.0");
        assertThat(page.locator("#edit-facility")).hasCount(0);
        Browser.screenshot(page, "14-history-ru");
        page.context().close();

        Page anonymous = browser.newPage();
        anonymous.navigate(url("/facilities/" + created.get("id").asLong()));
        assertThat(anonymous.locator("#error-title")).isVisible();
        anonymous.context().close();
    }

}
