package org.tmfsafety.server.accident;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** The accident pages, the map layer and the dam-break card in Chromium, in Kazakh and Russian. */
class AccidentBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKazakhReaderFiltersOpensAFailureAndReadsItsLessons() {
        Page page = browser.newPage();
        try {
            page.navigate(url("/accidents?lang=kk"));
            assertThat(page.locator("#accident-table tbody tr")).hasCount(25);
            page.selectOption("#country", "KGZ");
            page.locator("#accident-filters button[type=submit]").click();
            assertThat(page.locator("#accident-table tbody tr")).hasCount(2);
            page.locator("#accident-table tbody tr[data-key='curated:mailuu-suu-1958'] a").first().click();
            assertThat(page.locator("#accident-title")).containsText("1958");
            assertThat(page.locator("#accident-narrative")).containsText("Майлуу-Суу");
            assertThat(page.locator("#accident-lessons > li").first()).containsText("-");
            assertThat(page.locator("#accident-severity")).not().isEmpty();
            Browser.screenshot(page, "60-accident-kk");
        }
        finally {
            page.context().close();
        }
    }

    @Test
    void statisticsDrawChartsThatLeadBackToTheListAndTheValidationPlotsTheModels() {
        Page page = browser.newPage();
        try {
            page.navigate(url("/accidents/statistics?lang=ru"));
            assertThat(page.locator("#chart-cause g.chart-bar").first()).isVisible();
            int causes = page.locator("#chart-cause g.chart-bar").count();
            org.assertj.core.api.Assertions.assertThat(causes).isGreaterThanOrEqualTo(5);
            assertThat(page.locator("#chart-release-runout circle").first()).isAttached();
            Browser.screenshot(page, "61-accident-statistics-ru");
            String bars = page.locator("#chart-cause g.chart-bar").first().getAttribute("data-value");
            page.locator("#chart-cause g.chart-bar a").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/accidents\\?.*cause=.*"));
            assertThat(page.locator("#accident-table tbody tr")).hasCount((int) Double.parseDouble(bars));

            page.navigate(url("/accidents/dam-break-validation?lang=ru"));
            assertThat(page.locator("#validation-table tbody tr[data-model='rico-2008'][data-quantity='released']"))
                .hasCount(1);
            assertThat(page.locator("#chart-validation-released circle.chart-point-model-rico-2008").first()).isAttached();
            Browser.screenshot(page, "62-dam-break-validation-ru");
        }
        finally {
            page.context().close();
        }
    }

    @Test
    void theMapShowsTheAccidentLayerAndFacilityPagesTheDamBreakScreening() {
        long facility = jdbc.sql("""
                SELECT id FROM facility WHERE published AND stored_volume_m3 > 0 AND dam_height_m > 0
                 ORDER BY id LIMIT 1""").query(Long.class).single();
        long located = jdbc.sql("SELECT count(*) FROM accident WHERE latitude IS NOT NULL").query(Long.class).single();
        Page page = browser.newPage();
        try {
            page.navigate(url("/map?accidents=true&lang=en"));
            assertThat(page.locator("#map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#map")).hasAttribute("data-accident-feature-count", String.valueOf(located));
            page.navigate(url("/facilities/" + facility + "?lang=ru"));
            assertThat(page.locator("#dam-break-table tbody tr")).hasCount(2);
            assertThat(page.locator("#dam-break-table tbody tr").first()).hasAttribute("data-model", "rico-2008");
            Browser.screenshot(page, "63-facility-dam-break-ru");
        }
        finally {
            page.context().close();
        }
    }
}
