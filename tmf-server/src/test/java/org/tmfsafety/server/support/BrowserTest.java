package org.tmfsafety.server.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Base of browser tests: one Chromium per test class against the shared test application, with helpers
 * to open pages, sign in through the login page and read the expected texts from the bundles.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    protected static final Locale RU = Locale.forLanguageTag("ru");

    protected static final Locale KK = Locale.forLanguageTag("kk");

    @LocalServerPort
    protected int port;

    @Autowired
    protected MessageSource messages;

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** Returns the absolute URL of a path on the test server. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Returns a message of the bundles in a language. */
    protected String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Opens a fresh page and signs in through the login page, as a person would. */
    protected Page signedIn(String username, String password, String language) {
        Page page = browser.newPage();
        page.navigate(url("/login?lang=" + language));
        page.fill("#username", username);
        page.fill("#password", password);
        page.locator("#sign-in").click();
        assertThat(page.locator("#account-link")).isVisible();
        return page;
    }

}
