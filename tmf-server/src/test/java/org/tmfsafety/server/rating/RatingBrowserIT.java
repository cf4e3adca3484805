package org.tmfsafety.server.rating;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** The rating list page in Chromium: ranked, switchable to TRI, exports downloadable. */
class RatingBrowserIT extends BrowserTest {

    @Test
    void ranksSwitchesToTriAndDownloadsTheFilteredList() throws Exception {
        Page page = browser.newPage();
        page.navigate(url("/ratings?lang=kk"));
        assertThat(page.locator("h1")).hasText(text("rating.list.title", KK));
        List<Double> thi = page.locator("#rating-table tbody tr[data-thi]").all().stream()
            .map(row -> row.getAttribute("data-thi"))
            .filter(value -> value != null && !value.isEmpty())
            .map(Double::valueOf)
            .toList();
        assertThat(thi).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        Browser.screenshot(page, "18-ratings-kk");

        page.locator("#rank-tri").click();
        assertThat(page).hasURL(Pattern.compile("sort=tri"));
        assertThat(page.locator("#rank-tri")).hasClass(Pattern.compile("active"));

        page.navigate(url("/ratings?country=KGZ&lang=kk"));
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv = Files.readString(download.path());
        assertThat(csv).contains("KG-").doesNotContain("KZ-");
        page.context().close();
    }

}
