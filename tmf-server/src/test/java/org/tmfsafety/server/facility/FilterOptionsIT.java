package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/** The filter lists of the facility, rating and dashboard pages offer only values of facilities the reader may see. */
@IntegrationTest
class FilterOptionsIT {

    private static final List<String> PAGES = List.of("/facilities", "/ratings", "/dashboard");

    private static final String HIDDEN = "Hidden filter region";

    private static final String OWN = "Own filter region";

    private static final String SHOWN = "Shown filter region";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpClient reader(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        if (user != null) {
            FormLogin.signIn(http, "http://localhost:" + port, user, user + "-demo");
        }
        return http;
    }

    /** The values the region filter of the page offers. */
    private String regionOptions(HttpClient http, String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        String html = page.body();
        int select = html.indexOf("name=\"region\"");
        assertThat(select).as(path + " has a region filter").isPositive();
        return html.substring(select, html.indexOf("</select>", select));
    }

    private void insert(String code, String region, long operator, boolean published) {
        jdbc.sql("""
                INSERT INTO facility (code, name, country, region, latitude, longitude, status, operator_id, published)
                VALUES (:code, :code, 'KAZ', :region, 50, 80, 'ACTIVE', :operator, :published)
                """).param("code", code).param("region", region).param("operator", operator)
            .param("published", published).update();
    }

    @Test
    void regionListsOfferOnlyTheRegionsOfFacilitiesTheReaderMaySee() throws Exception {
        long kazzinc = jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'").query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND id <> :k ORDER BY id LIMIT 1")
            .param("k", kazzinc).query(Long.class).single();
        insert("FILTER-HIDDEN", HIDDEN, other, false);
        insert("FILTER-OWN", OWN, kazzinc, false);
        insert("FILTER-SHOWN", SHOWN, other, true);
        try {
            HttpClient anonymous = reader(null);
            HttpClient operator = reader("operator");
            HttpClient inspector = reader("inspector");
            for (String path : PAGES) {
                assertThat(regionOptions(anonymous, path)).as("public " + path).contains(SHOWN).doesNotContain(HIDDEN, OWN);
                assertThat(regionOptions(operator, path)).as("operator " + path).contains(SHOWN, OWN)
                    .doesNotContain(HIDDEN);
                assertThat(regionOptions(inspector, path)).as("inspector " + path).contains(SHOWN, OWN, HIDDEN);
            }
        }
        finally {
            jdbc.sql("DELETE FROM facility WHERE code LIKE 'FILTER-%'").update();
        }
    }
}
