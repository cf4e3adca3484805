package org.tmfsafety.server.rating;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** The profile comparison page in Russian, reached from the rating list, and its 400 for an unknown profile. */
class ProfileComparisonBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuthoritySeesHowManyFacilitiesChangeClassInItsLanguage() {
        Page page = signedIn("authority", "authority-demo", "ru");
        try {
            page.navigate(url("/ratings"));
            page.locator("#compare-profiles-link").click();
            assertThat(page.locator("h1")).hasText(text("rating.compare.title", RU));
            String high = ProfileReader.builtIn(2).index("THI").orElseThrow().classes().get(3).label(RU);
            assertThat(page.locator("#matrix-upper thead")).containsText(high);
            assertThat(page.locator("#matrix-upper thead th[data-class-colour]").first())
                .not().hasCSS("background-color", "rgba(0, 0, 0, 0)");
            long facilities = jdbc.sql("SELECT count(*) FROM facility WHERE archived_at IS NULL").query(Long.class)
                .single();
            assertThat(page.locator("#compare-summary")).containsText("Сравнено объектов: " + facilities + ";");
            assertThat(page.locator("#change-table tbody tr").first()).isVisible();
            var badge = page.locator("#change-table .rating-class[data-class-colour]").first();
            String colour = badge.getAttribute("data-class-colour");
            int red = Integer.parseInt(colour.substring(1, 3), 16);
            int green = Integer.parseInt(colour.substring(3, 5), 16);
            int blue = Integer.parseInt(colour.substring(5, 7), 16);
            // the profile's colour is applied despite the Content-Security-Policy (no style attribute)
            assertThat(badge).hasCSS("background-color", "rgb(" + red + ", " + green + ", " + blue + ")");
            Browser.screenshot(page, "82-profile-comparison-ru");

            Response refused = page.navigate(url("/ratings/profiles/compare?from=unece-tmf-provisional:99"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(page.locator("#compare-errors")).containsText("unece-tmf-provisional:99");
        }
        finally {
            page.close();
        }
    }
}
