package org.tmfsafety.server.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** The offline map in Chromium: all visible facilities drawn, popups, class filter, translated legend. */
class MapBrowserIT extends BrowserTest {

    private Page readyMap(String path) {
        Page page = browser.newPage();
        page.navigate(url(path));
        assertThat(page.locator("#map[data-ready=true]")).hasCount(1);
        return page;
    }

    @Test
    void drawsEveryPublishedFacilityAndOpensAPopup() {
        JsonNode collection = new Api(port).get("/api/v1/facilities.geojson").body();
        int total = collection.get("features").size();
        assertThat(total).isEqualTo(new Api(port).get("/api/v1/facilities").body().get("total").asInt());
        Page page = readyMap("/map?lang=en");
        assertThat(page.locator("#map")).hasAttribute("data-feature-count", String.valueOf(total));
        assertThat(page.locator("#map .leaflet-overlay-pane canvas")).isVisible();

        String code = (String) page.evaluate("() => window.tmfMap.markers[0].feature.properties.code");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("() => { const m = window.tmfMap.markers[0];"
                + " window.tmfMap.map.setView(m.getLatLng(), 7, {animate: false});"
                + " const p = window.tmfMap.map.latLngToContainerPoint(m.getLatLng()); return [p.x, p.y]; }");
        var box = page.locator("#map").boundingBox();
        page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
        assertThat(page.locator(".leaflet-popup-content")).containsText(code);
        assertThat(page.locator(".leaflet-popup-content a")).hasText(text("map.popup.open", java.util.Locale.ENGLISH));
        Browser.screenshot(page, "16-map-en");
        page.context().close();
    }

    @Test
    void aClassFilterReducesTheFeaturesAndTheLegendIsTranslated() {
        JsonNode veryHigh = new Api(port).get("/api/v1/facilities.geojson?hazardClass=VERY_HIGH").body();
        int all = new Api(port).get("/api/v1/facilities.geojson").body().get("features").size();
        assertThat(veryHigh.get("features").size()).isPositive().isLessThan(all);
        Page page = readyMap("/map?hazardClass=VERY_HIGH&lang=kk");
        assertThat(page.locator("#map")).hasAttribute("data-feature-count", String.valueOf(veryHigh.get("features").size()));
        assertThat(page.locator(".tmf-legend strong")).hasText(text("map.legend.title", KK));
        assertThat(page.locator(".tmf-legend [data-class=HIGH]")).hasText("жоғары");
        assertThat(page.locator(".tmf-legend [data-class=HIGH] .tmf-swatch")).hasAttribute("style",
            java.util.regex.Pattern.compile("background: (#d84315|rgb\\(216, 67, 21\\))"));
        assertThat(page.locator("#map-disclaimer")).hasText(text("map.disclaimer", KK));
        Browser.screenshot(page, "17-map-kk-very-high");
        page.context().close();
    }

}
