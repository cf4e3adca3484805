package org.tmfsafety.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** An authority reads the programme dashboard in Russian and drills down from a hazard-class bar to the list. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void aBarLeadsToTheRatingListOfItsClass() {
        Page page = signedIn("authority", "authority-demo", "ru");
        try {
            page.locator("#dashboard-link").click();
            page.selectOption("#country", "KAZ");
            page.locator("#dashboard-filters button[type=submit]").click();
            assertThat(page.locator("#n-facilities")).not().isEmpty();
            assertThat(page.locator("#measures-table")).isVisible();
            Browser.screenshot(page, "80-dashboard-ru");
            Locator bar = page.locator("#chart-hazard g.chart-bar").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href*='hazardClass']"))).first();
            String count = bar.getAttribute("data-value");
            bar.locator("a").click();
            assertThat(page).hasURL(Pattern.compile(".*/ratings\\?country=KAZ&hazardClass=.*"));
            assertThat(page.locator("#result-count")).containsText(String.valueOf((int) Double.parseDouble(count)));
        }
        finally {
            page.context().close();
        }
    }
}
