package org.tmfsafety.server.facility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/**
 * An inspector draws a facility's drainage route on the map in Chromium, point by point from near the site to the
 * Irtysh, saves it, and sees the verdict change on the facility's page and on the map.
 */
class DrainageRouteBrowserIT extends BrowserTest {

    /**
     * Near Ridder, East Kazakhstan: no river of Natural Earth 1:50m within 10 km. The facility is not published, so
     * that the public map's markers of the demo facilities nearby stay as other tests expect them.
     */
    private static final double LAT = 50.36;

    private static final double LON = 83.45;

    /** Latitude, longitude of the points clicked: down the Ulba valley to the Irtysh at Ust-Kamenogorsk. */
    private static final List<double[]> CLICKS = List.of(new double[] { 50.345, 83.43 }, new double[] { 50.2, 83.2 },
            new double[] { 50.05, 82.9 }, new double[] { 49.947, 82.696 });

    private JsonNode newFacility() {
        ObjectNode facility = FacilityApiIT.aFacility("Drawn route test");
        facility.put("region", "East Kazakhstan Region");
        facility.put("latitude", LAT);
        facility.put("longitude", LON);
        facility.put("published", false);
        return new Api(port).asAuthority().post("/api/v1/facilities", facility).body();
    }

    /**
     * Clicks the map at a point once the page has stopped scrolling: Playwright scrolls a button into view before it
     * clicks it, and under Bootstrap's smooth scrolling the page is still moving afterwards, so a click placed from
     * the map's position a frame earlier would land beside the point.
     */
    private static void clickAt(Page page, double latitude, double longitude) {
        page.evaluate("() => { window.lastScrollY = NaN; }");
        page.waitForFunction("() => { const y = window.scrollY; const still = y === window.lastScrollY;"
                + " window.lastScrollY = y; return still; }");
        BoundingBox box = page.locator("#route-map").boundingBox();
        List<?> point = (List<?>) page.evaluate("([lat, lon]) => { const p = document.getElementById('route-map')"
                + ".leafletMap.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }", List.of(latitude, longitude));
        double x = ((Number) point.get(0)).doubleValue();
        double y = ((Number) point.get(1)).doubleValue();
        assertThat(x).as("inside the map").isBetween(0.0, box.width);
        assertThat(y).as("inside the map").isBetween(0.0, box.height);
        page.mouse().click(box.x + x, box.y + y);
    }

    @Test
    void anInspectorDrawsARouteAndTheVerdictChangesOnThePageAndTheMap() {
        JsonNode created = newFacility();
        long id = created.get("id").asLong();
        Page page = signedIn("inspector", "inspector-demo", "ru");
        try {
            page.navigate(url("/facilities/" + id));
            assertThat(page.locator("#transboundary-verdict")).hasAttribute("data-verdict", "UNDETERMINED");
            page.locator("#transboundary-route-link").click();
            assertThat(page.locator("h1")).hasText(text("route.title", RU, created.get("code").asString()));
            assertThat(page.locator("#route-map[data-ready=true]")).hasCount(1);
            page.locator(".leaflet-control-zoom-out").click();
            page.waitForFunction("() => { const m = document.getElementById('route-map').leafletMap;"
                    + " return m.getZoom() === 8 && !document.querySelector('#route-map.leaflet-zoom-anim'); }");
            for (double[] click : CLICKS) {
                clickAt(page, click[0], click[1]);
            }
            assertThat(page.locator("#route-point-count")).hasText(text("route.map.count", RU, 4));
            page.locator("#route-undo").click();
            assertThat(page.locator("#route-point-count")).hasText(text("route.map.count", RU, 3));
            double[] last = CLICKS.get(CLICKS.size() - 1);
            clickAt(page, last[0], last[1]);
            String points = page.inputValue("#points");
            assertThat(points).startsWith("{\"type\":\"LineString\"");
            Browser.screenshot(page, "90-drainage-route-drawn-ru");

            page.locator("#route-save").click();
            assertThat(page.locator("[data-error-for=source]")).hasText(text("route.source.required", RU));
            assertThat(page.inputValue("#points")).as("the drawn points are kept").isEqualTo(points);
            page.fill("#source", "Обследование 20.11.2026");
            page.locator("#route-save").click();

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/facilities/" + id + "$"));
            assertThat(page.locator("#transboundary-verdict")).hasAttribute("data-verdict", "POTENTIAL_EFFECT");
            assertThat(page.locator("#transboundary-route")).hasAttribute("data-joins", "true");
            assertThat(page.locator("#transboundary-route")).containsText("км");
            assertThat(page.locator("#transboundary-route-source")).containsText("Обследование 20.11.2026");
            assertThat(page.locator("#transboundary-countries")).containsText(new Locale("", "RU").getDisplayCountry(RU));
            Browser.screenshot(page, "91-drainage-route-verdict-ru");

            page.locator("#transboundary-map").click();
            assertThat(page.locator("#map[data-ready=true]")).hasCount(1);
            JsonNode feature = null;
            for (JsonNode f : new Api(port).as("inspector", "inspector-demo").get("/api/v1/facilities.geojson").body()
                .get("features")) {
                if (f.get("properties").get("id").asLong() == id) {
                    feature = f;
                }
            }
            assertThat(feature).isNotNull();
            assertThat(feature.get("properties").get("transboundary").asString()).isEqualTo("POTENTIAL_EFFECT");
            Object start = page.evaluate("id => { let found = null; window.tmfMap.paths.eachLayer(layer => {"
                    + " const f = layer.feature; if (f && f.properties.id === id && f.properties.kind !== 'crossing') {"
                    + " found = f.geometry.coordinates[0][1]; } }); return found; }", Math.toIntExact(id));
            assertThat(((Number) start).doubleValue()).as("the path on the map starts at the site").isEqualTo(LAT);
        }
        finally {
            page.context().close();
        }
    }
}
