package org.tmfsafety.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * A signed-in session acts on the account as it is now: disabling the account, changing its role or organisations,
 * an administrator's password reset and the user's own password change end all of its sessions (they live in
 * PostgreSQL, so on every node), and a change made behind the application's back takes effect on the next request.
 */
@IntegrationTest
class AccountSessionsIT {

    private static final String PASSWORD = "Correct-horse-77";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    CurrentUser currentUser;

    private String base() {
        return "http://localhost:" + port;
    }

    private long organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name ILIKE :n ORDER BY id LIMIT 1").param("n", name)
            .query(Long.class).single();
    }

    private long otherOperatorOrganisation() {
        return jdbc.sql("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND name NOT ILIKE 'Kazzinc%' ORDER BY id LIMIT 1")
            .query(Long.class).single();
    }

    /** An operator of Kazzinc with its own unpublished facility; returns the account. */
    private Account newOperator() {
        AccountInput input = new AccountInput();
        input.setUsername("sess-" + UUID.randomUUID().toString().substring(0, 8));
        input.setDisplayName("Session test operator");
        input.setRole(Role.OPERATOR);
        input.getOrganisationIds().add(organisation("Kazzinc%"));
        input.setPassword(PASSWORD);
        return currentUser.asSystem("test", () -> accounts.create(input));
    }

    private long unpublishedFacilityOf(long organisationId) {
        return jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published)
                VALUES (:code, 'Session test facility', 'KAZ', 50, 80, 'ACTIVE', :operator, false) RETURNING id
                """).param("code", "SESS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)).param("operator", organisationId)
            .query(Long.class).single();
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = FormLogin.signIn(browser, base(), username, password);
        assertThat(login.headers().firstValue("Location").orElse("")).as(username + " signs in").endsWith("/facilities");
        return browser;
    }

    private int status(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u").param("u", username)
            .query(Long.class).single();
    }

    /** Changes the account as an administrator does on the user page. */
    private void administratorChanges(Account account, Consumer<AccountInput> change) {
        AccountInput input = AccountInput.of(repository.findById(account.id()).orElseThrow());
        change.accept(input);
        currentUser.asSystem("admin", () -> accounts.update(account.id(), input));
    }

    /** Asserts that the session works before the change and is ended by it, on pages and in API reads. */
    private void assertChangeEndsSessions(Consumer<AccountInput> change) throws Exception {
        Account account = newOperator();
        long facility = unpublishedFacilityOf(organisation("Kazzinc%"));
        HttpClient first = signedIn(account.username(), PASSWORD);
        HttpClient second = signedIn(account.username(), PASSWORD);
        assertThat(status(first, "/account")).isEqualTo(200);
        assertThat(status(second, "/api/v1/facilities/" + facility)).as("reads its own unpublished facility").isEqualTo(200);
        assertThat(sessionsOf(account.username())).isEqualTo(2);

        administratorChanges(account, change);

        assertThat(sessionsOf(account.username())).as("no session of the account is left").isZero();
        assertThat(status(first, "/account")).as("the old session no longer signs in pages").isEqualTo(302);
        assertThat(status(second, "/api/v1/facilities/" + facility)).as("nor API reads").isEqualTo(404);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        assertChangeEndsSessions(input -> input.setEnabled(false));
    }

    @Test
    void movingAnAccountToAnotherOrganisationEndsItsSessions() throws Exception {
        assertChangeEndsSessions(input -> input.setOrganisationIds(Set.of(otherOperatorOrganisation())));
    }

    @Test
    void changingTheRoleEndsTheSessions() throws Exception {
        assertChangeEndsSessions(input -> {
            input.setRole(Role.INSPECTOR);
            input.setOrganisationIds(Set.of());
        });
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSessions() throws Exception {
        assertChangeEndsSessions(input -> input.setPassword("Another-horse-88"));
    }

    @Test
    void aChangeOfNameOnlyKeepsTheSessions() throws Exception {
        Account account = newOperator();
        HttpClient browser = signedIn(account.username(), PASSWORD);
        administratorChanges(account, input -> input.setDisplayName("Renamed operator"));
        assertThat(sessionsOf(account.username())).isEqualTo(1);
        assertThat(status(browser, "/account")).isEqualTo(200);
    }

    @Test
    void theOwnPasswordChangeEndsEverySessionOfTheAccount() throws Exception {
        Account account = newOperator();
        HttpClient elsewhere = signedIn(account.username(), PASSWORD);
        HttpClient here = signedIn(account.username(), PASSWORD);
        String page = here.send(HttpRequest.newBuilder(URI.create(base() + "/account")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> changed = here.send(HttpRequest.newBuilder(URI.create(base() + "/account/password"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("currentPassword=" + PASSWORD
                    + "&newPassword=Brand-new-horse-99&confirmation=Brand-new-horse-99&_csrf=" + csrf.group(1)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/login?passwordChanged");

        assertThat(sessionsOf(account.username())).isZero();
        assertThat(status(elsewhere, "/account")).as("the other session is ended").isEqualTo(302);
        assertThat(status(here, "/account")).as("and this one").isEqualTo(302);
        signedIn(account.username(), "Brand-new-horse-99");
    }

    @Test
    void everyRequestActsOnTheAccountsCurrentOrganisationsAndState() throws Exception {
        Account account = newOperator();
        long own = unpublishedFacilityOf(organisation("Kazzinc%"));
        long other = unpublishedFacilityOf(otherOperatorOrganisation());
        HttpClient browser = signedIn(account.username(), PASSWORD);
        assertThat(status(browser, "/api/v1/facilities/" + own)).isEqualTo(200);
        assertThat(status(browser, "/api/v1/facilities/" + other)).isEqualTo(404);

        // changed behind the application's back: no session is ended, yet the next request sees the change
        jdbc.sql("UPDATE user_organisation SET organisation_id = :other WHERE user_id = :id")
            .param("other", otherOperatorOrganisation()).param("id", account.id()).update();
        assertThat(status(browser, "/api/v1/facilities/" + own)).isEqualTo(404);
        assertThat(status(browser, "/api/v1/facilities/" + other)).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = :id").param("id", account.id()).update();
        assertThat(status(browser, "/api/v1/facilities/" + other)).isEqualTo(404);
        assertThat(status(browser, "/account")).isEqualTo(302);
        assertThat(sessionsOf(account.username())).as("the session of a disabled account is ended").isZero();
    }

}
