package org.tmfsafety.server.map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.tmfsafety.server.support.Browser;

/**
 * Measures, in headless Chromium, the time from navigation to the map's data-ready signal. Not a test:
 * run by scripts/benchmark-map.sh against a server it filled with generated facilities.
 */
public final class MapLoadTiming {

    private MapLoadTiming() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (Browser browser = new Browser()) {
            for (int run = 1; run <= runs; run++) {
                Page page = browser.newPage();
                long start = System.nanoTime();
                page.navigate(url);
                page.waitForSelector("#map[data-ready=true]",
                        new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(60_000));
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println("data-ready after " + millis + " ms, features: "
                        + page.locator("#map").getAttribute("data-feature-count"));
                page.context().close();
            }
        }
    }

}
