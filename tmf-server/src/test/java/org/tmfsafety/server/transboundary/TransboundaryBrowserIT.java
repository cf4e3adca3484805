package org.tmfsafety.server.transboundary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/**
 * The transboundary screening in Chromium: the facility page card, the downstream paths on the map, and a
 * river network import by an administrator with its progress and report.
 */
class TransboundaryBrowserIT extends BrowserTest {

    @Autowired
    TransboundaryService service;

    private long facilityId(String code) {
        JsonNode items = new Api(port).get("/api/v1/facilities?q=" + code).body().get("items");
        return items.get(0).get("id").asLong();
    }

    @Test
    void theFacilityPageShowsTheScreeningInKazakhAndLinksToThePathOnTheMap() {
        long id = facilityId("KZ-0030");
        Page page = browser.newPage();
        page.navigate(url("/facilities/" + id + "?lang=kk"));
        assertThat(page.locator("#transboundary h2")).hasText(text("transboundary.title", KK));
        assertThat(page.locator("#transboundary-verdict .badge").first()).hasText(text("transboundary.effect.yes", KK));
        assertThat(page.locator("#transboundary-crossing")).containsText("км");
        assertThat(page.locator("#transboundary-travel-time")).containsText("сағ");
        assertThat(page.locator("#transboundary-countries")).containsText(new Locale("", "RU").getDisplayCountry(KK));
        Browser.screenshot(page, "30-facility-transboundary-kk");
        page.locator("#transboundary-map").click();
        assertThat(page.locator("#map[data-ready=true]")).hasCount(1);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/map\\?focus=" + id));
        int paths = Integer.parseInt(page.locator("#map").getAttribute("data-path-feature-count"));
        assertThat(paths).isGreaterThanOrEqualTo(
                new Api(port).get("/api/v1/facilities/downstream-paths.geojson").body().get("features").size());
        assertThat(page.locator(".leaflet-control-layers")).containsText(text("map.layer.downstreamPaths", KK));
        double zoom = ((Number) page.evaluate("() => window.tmfMap.map.getZoom()")).doubleValue();
        assertThat(zoom).as("zoomed to the facility's path").isGreaterThan(4);
        Browser.screenshot(page, "31-map-downstream-paths-kk");
        page.context().close();
    }

    @Test
    void aSiteWithoutAMappedRiverIsUndeterminedOnItsPageTheMapTheDashboardAndTheList() {
        long id = facilityId("KG-0004");
        Page page = signedIn("authority", "authority-demo", "ru");
        try {
            page.navigate(url("/facilities/" + id));
            assertThat(page.locator("#transboundary-verdict")).hasAttribute("data-verdict", "UNDETERMINED");
            assertThat(page.locator("#transboundary-verdict .badge").first())
                .hasText(text("transboundary.verdict.UNDETERMINED", RU));
            assertThat(page.locator("#transboundary-undetermined")).containsText("10");

            page.navigate(url("/map"));
            assertThat(page.locator("#map[data-ready=true]")).hasCount(1);
            assertThat(page.locator(".tmf-legend [data-verdict=UNDETERMINED]"))
                .hasText(text("transboundary.verdict.UNDETERMINED", RU));

            page.navigate(url("/dashboard"));
            long undetermined = new Api(port).asAuthority().get("/api/v1/ratings?verdict=UNDETERMINED&size=1").body()
                .get("total").asLong()
                    + new Api(port).asAuthority().get("/api/v1/ratings/not-rateable?verdict=UNDETERMINED&size=1").body()
                        .get("total").asLong();
            assertThat(page.locator("#n-transboundary-undetermined")).containsText(String.valueOf(undetermined));
            page.locator("#n-transboundary-undetermined").click();
            assertThat(page.locator("#verdict")).hasValue("UNDETERMINED");
            assertThat(page.locator("#rating-table tbody tr td[data-verdict]").first()).isVisible();
            assertThat(page.locator("#rating-table tbody tr td[data-verdict]:not([data-verdict=UNDETERMINED])")).hasCount(0);
            Browser.screenshot(page, "32-rating-list-undetermined-ru");
        }
        finally {
            page.close();
        }
    }

    @Test
    void anAdministratorImportsANetworkAndSeesItsReport() {
        Page page = signedIn("admin", "admin-demo", "ru");
        try {
            page.navigate(url("/admin/hydrography?lang=ru"));
            assertThat(page.locator("#network-name")).hasText(text("hydrography.builtInName", RU));
            page.locator("#import-start").click();
            assertThat(page.locator("[data-error-for=name]")).hasText(text("hydrography.error.name", RU));
            page.fill("#import-name", "Меридиан 60");
            page.selectOption("#import-format", "HYDRORIVERS_CSV");
            page.locator("#import-file").setInputFiles(new FilePayload("meridian.csv", "text/csv",
                    RiverImportIT.HYDRORIVERS_CSV.getBytes(StandardCharsets.UTF_8)));
            page.locator("#import-start").click();
            assertThat(page.locator("#network-name")).hasText("Меридиан 60");
            assertThat(page.locator("#job-state")).hasText(text("hydrography.state.SUCCEEDED", RU));
            assertThat(page.locator("#import-job .report-counts")).isVisible();
            assertThat(page.locator("#import-history")).containsText("Меридиан 60");
            Browser.screenshot(page, "32-hydrography-import-ru");
            page.locator("#use-built-in").click();
            assertThat(page.locator("#built-in-restored")).hasText(text("hydrography.builtInRestored", RU));
            assertThat(page.locator("#network-name")).hasText(text("hydrography.builtInName", RU));
        }
        finally {
            service.useBuiltIn();
            page.context().close();
        }
    }
}
