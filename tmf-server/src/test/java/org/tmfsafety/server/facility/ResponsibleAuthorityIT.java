package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * A facility's responsible authority: only an organisation of the authority kind, for everyone, and set or changed
 * only by authorities and administrators; in the API, the form and the import.
 */
@IntegrationTest
class ResponsibleAuthorityIT {

    private static final String FACILITIES = "/api/v1/facilities";

    private static final Locale RU = Locale.forLanguageTag("ru");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long kazzinc() {
        return id("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'");
    }

    private long otherOperator() {
        return id("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND name NOT ILIKE 'Kazzinc%' ORDER BY id LIMIT 1");
    }

    private List<Long> authorities() {
        return jdbc.sql("SELECT id FROM organisation WHERE kind = 'AUTHORITY' ORDER BY id LIMIT 2").query(Long.class)
            .list();
    }

    private Api as(String user) {
        return new Api(port).as(user, user + "-demo");
    }

    private static ObjectNode aFacility(String name) {
        ObjectNode facility = Api.object();
        facility.put("name", name);
        facility.put("country", "KAZ");
        facility.put("latitude", 50.3);
        facility.put("longitude", 83.5);
        facility.put("status", "ACTIVE");
        return facility;
    }

    /** The fields an answer refuses, each with its message. */
    private static Map<String, String> refused(Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
        Map<String, String> fields = new LinkedHashMap<>();
        response.body().get("errors").forEach(e -> fields.put(e.get("field").asString(), e.get("message").asString()));
        return fields;
    }

    private String text(String key) {
        return messages.getMessage(key, null, RU);
    }

    @AfterEach
    void deleteTestFacilities() {
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'Authority test%'").update();
    }

    @Test
    void onlyAnAuthorityCanBeTheResponsibleAuthorityForEveryone() {
        ObjectNode facility = aFacility("Authority test operator as authority");
        facility.put("authorityId", otherOperator());
        assertThat(refused(as("authority").post(FACILITIES, facility, "Accept-Language", "ru")))
            .containsExactly(Map.entry("authorityId", text("facility.authority.notAuthority")));
        assertThat(refused(as("admin").post(FACILITIES, facility))).containsOnlyKeys("authorityId");
        facility.put("authorityId", authorities().get(0));
        Response created = as("authority").post(FACILITIES, facility);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(created.body().get("authority").get("id").asLong()).isEqualTo(authorities().get(0));
    }

    @Test
    void operatorsCannotSetOrChangeTheResponsibleAuthorityButSendItBackUnchanged() {
        Api operator = as("operator");
        ObjectNode own = aFacility("Authority test own facility");
        own.put("operatorId", kazzinc());
        own.put("authorityId", authorities().get(0));
        assertThat(refused(operator.post(FACILITIES, own, "Accept-Language", "ru")))
            .containsExactly(Map.entry("authorityId", text("facility.authority.notAllowed")));
        own.remove("authorityId");
        JsonNode created = operator.post(FACILITIES, own).body();
        long id = created.get("id").asLong();
        ObjectNode assigned = (ObjectNode) created.deepCopy();
        assigned.put("authorityId", authorities().get(0));
        assertThat(as("authority").put(FACILITIES + "/" + id, assigned).status()).isEqualTo(200);

        ObjectNode change = (ObjectNode) operator.get(FACILITIES + "/" + id).body().deepCopy();
        change.put("authorityId", authorities().get(1));
        assertThat(refused(operator.put(FACILITIES + "/" + id, change))).containsOnlyKeys("authorityId");
        change.putNull("authorityId");
        assertThat(refused(operator.put(FACILITIES + "/" + id, change))).containsOnlyKeys("authorityId");
        ObjectNode roundTrip = (ObjectNode) operator.get(FACILITIES + "/" + id).body().deepCopy();
        roundTrip.put("notes", "changed by the operator");
        Response kept = operator.put(FACILITIES + "/" + id, roundTrip);
        assertThat(kept.status()).as(String.valueOf(kept.body())).isEqualTo(200);
        assertThat(kept.body().get("authority").get("id").asLong()).isEqualTo(authorities().get(0));
    }

    @Test
    void theFormShowsOperatorsTheAuthorityReadOnlyAndRefusesAChangeNamingTheField() throws Exception {
        ObjectNode own = aFacility("Authority test form facility");
        own.put("operatorId", kazzinc());
        own.put("authorityId", authorities().get(0));
        long id = as("authority").post(FACILITIES, own).body().get("id").asLong();
        String edit = "/facilities/" + id + "/edit";

        Page operatorForm = page("operator", edit);
        assertThat(operatorForm.html()).doesNotContainPattern("<select[^>]*name=\"authorityId\"")
            .containsPattern("<input[^>]*type=\"hidden\"[^>]*name=\"authorityId\"[^>]*value=\"" + authorities().get(0)
                    + "\"");
        assertThat(page("authority", edit).html()).containsPattern("<select[^>]*name=\"authorityId\"");

        String fields = "code=" + created(id).get("code").asString() + "&name=Authority+test+form+facility"
                + "&country=KAZ&latitude=50.3&longitude=83.5&status=ACTIVE&operatorId=" + kazzinc();
        HttpResponse<String> tampered = operatorForm.post(edit, fields + "&version=" + created(id).get("version").asInt()
                + "&authorityId=" + authorities().get(1));
        assertThat(tampered.statusCode()).isEqualTo(200);
        assertThat(tampered.body()).containsPattern("data-error-for=\"authorityId\">\\s*"
                + Pattern.quote(text("facility.authority.notAllowed")));
        HttpResponse<String> unchanged = operatorForm.post(edit, fields + "&version=" + created(id).get("version").asInt()
                + "&authorityId=" + authorities().get(0) + "&notes=kept");
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(302);
        assertThat(created(id).get("authority").get("id").asLong()).isEqualTo(authorities().get(0));
        assertThat(created(id).get("notes").asString()).isEqualTo("kept");

        Page authorityForm = page("authority", edit);
        HttpResponse<String> notAnAuthority = authorityForm.post(edit, fields + "&version=" + created(id).get("version").asInt()
                + "&authorityId=" + otherOperator());
        assertThat(notAnAuthority.statusCode()).isEqualTo(200);
        assertThat(notAnAuthority.body()).containsPattern("data-error-for=\"authorityId\">\\s*"
                + Pattern.quote(text("facility.authority.notAuthority")));
    }

    @Test
    void aStoredAuthorityThatIsNoLongerOfTheAuthorityKindIsKeptAndShown() throws Exception {
        ObjectNode own = aFacility("Authority test reclassified authority");
        own.put("operatorId", kazzinc());
        own.put("authorityId", authorities().get(0));
        long id = as("authority").post(FACILITIES, own).body().get("id").asLong();
        jdbc.sql("UPDATE facility SET authority_id = :o WHERE id = :id").param("o", otherOperator()).param("id", id)
            .update();
        ObjectNode roundTrip = (ObjectNode) as("operator").get(FACILITIES + "/" + id).body().deepCopy();
        roundTrip.put("notes", "edited after the reclassification");
        Response kept = as("operator").put(FACILITIES + "/" + id, roundTrip);
        assertThat(kept.status()).as(String.valueOf(kept.body())).isEqualTo(200);
        assertThat(kept.body().get("authority").get("id").asLong()).isEqualTo(otherOperator());
        assertThat(page("authority", "/facilities/" + id + "/edit").html())
            .containsPattern("<option value=\"" + otherOperator() + "\" selected=\"selected\"");
    }

    @Test
    void importedRowsFollowTheSameRules() {
        String header = "name,country,latitude,longitude,status,authorityId\n";
        byte[] notAnAuthority = (header + "Authority test import,KAZ,50.3,83.5,ACTIVE," + otherOperator() + "\n")
            .getBytes(StandardCharsets.UTF_8);
        Response refused = upload("authority", notAnAuthority);
        assertThat(refused.status()).as(String.valueOf(refused.body())).isEqualTo(422);
        assertThat(importErrors(refused)).containsExactly("2:authorityId:" + text("facility.authority.notAuthority"));

        ObjectNode own = aFacility("Authority test imported own facility");
        own.put("operatorId", kazzinc());
        own.put("authorityId", authorities().get(0));
        String code = as("authority").post(FACILITIES, own).body().get("code").asString();
        Response changed = upload("operator", ("code,authorityId\n" + code + "," + authorities().get(1) + "\n")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(422);
        assertThat(importErrors(changed)).containsExactly("2:authorityId:" + text("facility.authority.notAllowed"));
        Response unchanged = upload("operator", ("code,authorityId,notes\n" + code + "," + authorities().get(0)
                + ",imported\n").getBytes(StandardCharsets.UTF_8));
        assertThat(unchanged.status()).as(String.valueOf(unchanged.body())).isEqualTo(200);
        assertThat(unchanged.body().get("updated").asInt()).isEqualTo(1);
    }

    private Response upload(String user, byte[] csv) {
        return as(user).upload("/api/v1/imports/facilities?dryRun=true", Map.of(), "file", "authority.csv", csv,
                "Accept-Language", "ru");
    }

    private static List<String> importErrors(Response response) {
        return StreamSupport.stream(response.body().get("errors").spliterator(), false)
            .map(e -> e.get("row").asInt() + ":" + e.get("column").asString() + ":" + e.get("message").asString())
            .toList();
    }

    private JsonNode created(long id) {
        return as("authority").get(FACILITIES + "/" + id).body();
    }

    /** A page opened in a signed-in session, in Russian, with the CSRF token of its forms. */
    private Page page(String user, String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(browser, "http://localhost:" + port, user, user + "-demo");
        HttpResponse<String> response = browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
        assertThat(csrf.find()).isTrue();
        return new Page(browser, response.body(), csrf.group(1));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "ru");
    }

    private final class Page {

        private final HttpClient browser;

        private final String html;

        private final String csrf;

        Page(HttpClient browser, String html, String csrf) {
            this.browser = browser;
            this.html = html;
            this.csrf = csrf;
        }

        String html() {
            return html;
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return browser.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(csrf,
                        StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
