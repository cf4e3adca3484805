package org.tmfsafety.server.methodology;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** The THI/TRI calculator page: explained results, unknowns reported, bad input named, in Russian. */
class CalculatorBrowserIT extends BrowserTest {

    @Test
    void calculatesBothIndicesAndExplainsEveryTerm() {
        Page page = browser.newPage();
        page.navigate(url("/facilities?lang=ru"));
        page.locator("#calculator-link").click();
        page.fill("#storedVolumeM3", "1 000 000");
        page.selectOption("#waterHazardClass", "WGK2");
        page.selectOption("#managementStatus", "OPERATED_SUPERVISED");
        page.selectOption("#floodHazard", "OUTSIDE_FLOOD_AREA");
        page.selectOption("#seismicHazard", "LOW");
        page.selectOption("#damCondition", "NO_DEFICIENCIES");
        page.locator("#calculate").click();

        assertThat(page.locator("[data-index=THI] .result-value")).hasText("8");
        assertThat(page.locator("[data-index=THI] .rating-class")).hasText("низкий");
        assertThat(page.locator("[data-index=THI] tr[data-term]")).hasCount(6);
        assertThat(page.locator("[data-index=TRI] .result-value")).hasText("19");
        assertThat(page.locator("[data-index=TRI] tr[data-term=POP] .text-danger")).isVisible();
        assertThat(page.locator("[data-index=TRI] tr[data-term=WATER] .text-danger"))
            .hasText(text("rating.basis.unknown", RU));
        assertThat(page.locator("#storedVolumeM3")).hasValue("1000000");
        Browser.screenshot(page, "15-calculator-ru");

        page.fill("#storedVolumeM3", "0,5");
        page.locator("#calculate").click();
        assertThat(page.locator("[data-error-for=storedVolumeM3]"))
            .hasText(text("methodology.input.BELOW_MINIMUM", RU, "1"));
        assertThat(page.locator("#calculator-results")).hasCount(0);
        page.context().close();
    }

}
