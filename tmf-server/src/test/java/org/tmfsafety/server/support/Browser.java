package org.tmfsafety.server.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Starts Debian's Chromium through Playwright for browser tests, without any download: the browser is
 * /usr/bin/chromium (installed by .ci/run) or the one named by the TMF_CHROMIUM environment variable.
 * Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    /** Where screenshots are kept as test artifacts. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;

    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("TMF_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need Chromium at " + executable
                    + ": install it (apt-get install -y chromium) or set TMF_CHROMIUM to its path.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    /** Opens a fresh context (no cookies) and a page in it, with a laptop-sized window. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        return context.newPage();
    }

    /** Saves a full-page screenshot under target/screenshots. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

}
