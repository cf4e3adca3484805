package org.tmfsafety.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/** The rules of the security issue, checked over real HTTP against the running application. */
@IntegrationTest
class SecurityIT {

    private static final String FACILITIES = "/api/v1/facilities";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    LoginThrottle throttle;

    private Api anonymous() {
        return new Api(port);
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

    private long kazzinc() {
        return jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'").query(Long.class).single();
    }

    private long otherOperatorOrganisation() {
        return jdbc.sql("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND name NOT ILIKE 'Kazzinc%' ORDER BY id LIMIT 1")
            .query(Long.class)
            .single();
    }

    /** Creates an operator account with its own organisation and password, for tests that lock or throttle it. */
    private String newOperator() {
        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        AccountInput input = new AccountInput();
        input.setUsername(username);
        input.setDisplayName("Test operator");
        input.setRole(Role.OPERATOR);
        input.getOrganisationIds().add(kazzinc());
        input.setPassword("Correct-horse-77");
        currentUser.asSystem("test", () -> accounts.create(input));
        return username;
    }

    @Test
    void anonymousWritesGet401WithAProblemAndAChallenge() {
        Response post = anonymous().post(FACILITIES, aFacility("Anonymous write"), "Accept-Language", "kk");
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.contentType()).startsWith("application/problem+json");
        assertThat(post.headers().firstValue("WWW-Authenticate").orElse(""))
            .as("a challenge that makes no browser prompt for and cache Basic credentials")
            .startsWith("Bearer").doesNotContainIgnoringCase("basic");
        assertThat(anonymous().put(FACILITIES + "/1", aFacility("x")).status()).isEqualTo(401);
        assertThat(anonymous().delete(FACILITIES + "/1").status()).isEqualTo(401);
        assertThat(new Api(port).as("authority", "wrong-password").post(FACILITIES, aFacility("x")).status()).isEqualTo(401);
    }

    @Test
    void thePublicSeesOnlyPublishedFacilitiesWithoutInternalNotes() {
        Api authority = new Api(port).asAuthority();
        ObjectNode hidden = aFacility("Unpublished internal facility");
        hidden.put("notes", "internal remark");
        long hiddenId = authority.post(FACILITIES, hidden).body().get("id").asLong();
        ObjectNode shown = aFacility("Published facility with notes");
        shown.put("notes", "internal remark");
        shown.put("published", true);
        long shownId = authority.post(FACILITIES, shown).body().get("id").asLong();

        assertThat(anonymous().get(FACILITIES + "/" + hiddenId).status()).as("existence is not revealed").isEqualTo(404);
        JsonNode published = anonymous().get(FACILITIES + "/" + shownId).body();
        assertThat(published.get("name").asString()).isEqualTo("Published facility with notes");
        assertThat(published.get("notes").isNull()).isTrue();
        assertThat(anonymous().get(FACILITIES + "?q=Unpublished%20internal").body().get("total").asLong()).isZero();
        assertThat(anonymous().get(FACILITIES + "/" + shownId + "/history").status()).isEqualTo(401);
        assertThat(authority.get(FACILITIES + "/" + hiddenId).body().get("notes").asString()).isEqualTo("internal remark");
    }

    @Test
    void operatorsEditOnlyTheirOwnOrganisationsFacilities() {
        Api authority = new Api(port).asAuthority();
        Api operator = new Api(port).as("operator", "operator-demo");
        ObjectNode own = aFacility("Kazzinc test facility");
        own.put("operatorId", kazzinc());
        JsonNode ownFacility = operator.post(FACILITIES, own).body();
        assertThat(ownFacility.get("operator").get("id").asLong()).isEqualTo(kazzinc());

        ObjectNode foreign = aFacility("Foreign operator facility");
        foreign.put("operatorId", otherOperatorOrganisation());
        JsonNode foreignFacility = authority.post(FACILITIES, foreign).body();

        ObjectNode change = (ObjectNode) foreignFacility.deepCopy();
        change.put("notes", "operator tries");
        Response crossOrganisation = operator.put(FACILITIES + "/" + foreignFacility.get("id").asLong(), change);
        assertThat(crossOrganisation.status()).as("a facility the operator may not read is not found, as on GET")
            .isEqualTo(404);
        assertThat(crossOrganisation.contentType()).startsWith("application/problem+json");
        ObjectNode published = (ObjectNode) foreignFacility.deepCopy();
        published.put("published", true);
        JsonNode shown = authority.put(FACILITIES + "/" + foreignFacility.get("id").asLong(), published).body();
        ObjectNode changeShown = (ObjectNode) shown.deepCopy();
        changeShown.put("name", "operator tries");
        assertThat(operator.put(FACILITIES + "/" + shown.get("id").asLong(), changeShown).status())
            .as("one it reads but may not change is refused").isEqualTo(403);

        Response handOver = operator.post(FACILITIES, foreign);
        assertThat(handOver.status()).isEqualTo(400);
        assertThat(handOver.body().get("errors").get(0).get("field").asString()).isEqualTo("operatorId");

        ObjectNode publish = (ObjectNode) ownFacility.deepCopy();
        publish.put("published", true);
        assertThat(operator.put(FACILITIES + "/" + ownFacility.get("id").asLong(), publish).body().get("errors").get(0)
            .get("field").asString()).isEqualTo("published");

        assertThat(operator.delete(FACILITIES + "/" + ownFacility.get("id").asLong()).status()).isEqualTo(403);
        assertThat(new Api(port).as("inspector", "inspector-demo").post(FACILITIES, aFacility("Inspector")).status())
            .isEqualTo(403);
    }

    /**
     * Sends one request from a given loopback address (127.0.0.0/8 is all local on Linux), so that the server sees
     * another client address than the rest of the suite; returns the status line and headers.
     */
    private String fromAddress(String localAddress, String path, String authorization) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        }
    }

    private static int status(String head) {
        return Integer.parseInt(head.split(" ")[1]);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void guessingFromOneAddressThrottlesThatAddressButNeverLocksTheOwnerOut() throws Exception {
        String username = newOperator();
        String path = "/api/v1/notifications";
        String wrong = basic(username, "wrong-password-1");
        String right = basic(username, "Correct-horse-77");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(status(fromAddress("127.0.0.3", path, wrong))).as("attempt " + attempt).isEqualTo(401);
        }
        String throttled = fromAddress("127.0.0.3", path, wrong);
        assertThat(status(throttled)).isEqualTo(429);
        assertThat(throttled).containsIgnoringCase("Retry-After:").contains("application/problem+json");
        assertThat(status(fromAddress("127.0.0.3", path, right))).as("the guessing address stays refused").isEqualTo(429);
        assertThat(status(fromAddress("127.0.0.4", path, right)))
            .as("the owner signs in from an address without recent failures").isEqualTo(200);

        LoginThrottle.Summary seen = throttle.summaries().stream().filter(s -> s.username().equals(username)).findFirst()
            .orElseThrow();
        assertThat(seen.failures()).as("administrators see the failures").isEqualTo(5);
        assertThat(seen.addresses()).isEqualTo(1);
        assertThat(seen.throttledAddresses()).isEqualTo(1);
        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        FormLogin.signIn(admin, "http://localhost:" + port, "admin", "admin-demo");
        String users = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/users")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(users).contains("data-username=\"" + username + "\"");
        assertThat(users.substring(users.indexOf("data-username=\"" + username + "\""))).contains("5 from 1 address(es)");

        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
        accounts.clearSignInFailures(id);
        assertThat(status(fromAddress("127.0.0.3", path, right))).as("cleared by an administrator").isEqualTo(200);
    }

    @Test
    void apiWritesThatABrowserMarksAsCrossSiteAreRefused() {
        long before = jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single();
        Api authority = new Api(port).asAuthority();
        Response foreignOrigin = authority.post(FACILITIES, aFacility("Cross-site write"), "Origin", "https://evil.example",
                "Accept-Language", "ru");
        assertThat(foreignOrigin.status()).isEqualTo(403);
        assertThat(foreignOrigin.contentType()).startsWith("application/problem+json");
        assertThat(foreignOrigin.body().get("type").asString()).isEqualTo("urn:tmf-safety:problem:cross-site");
        assertThat(foreignOrigin.body().get("detail").asString()).contains("веб-сайта");
        assertThat(authority.post(FACILITIES, aFacility("Cross-site write"), "Sec-Fetch-Site", "cross-site").status())
            .isEqualTo(403);
        assertThat(authority.delete(FACILITIES + "/1", "Origin", "null").status()).isEqualTo(403);
        assertThat(authority.upload("/api/v1/imports/facilities?dryRun=true", java.util.Map.of(), "file", "f.csv",
                "name\nx\n".getBytes(StandardCharsets.UTF_8), "Origin", "https://evil.example").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single()).as("nothing written")
            .isEqualTo(before);

        assertThat(authority.post(FACILITIES, aFacility("Same-origin write"), "Origin", "http://localhost:" + port,
                "Sec-Fetch-Site", "same-origin").status()).as("the application's own pages may write").isEqualTo(201);
        assertThat(authority.post(FACILITIES, aFacility("Program write")).status())
            .as("programs that are not browsers send neither header").isEqualTo(201);
        assertThat(authority.get(FACILITIES, "Origin", "https://evil.example").status()).as("reads are not refused")
            .isEqualTo(200);
    }

    @Test
    void personalTokensAuthenticateUntilRevoked() {
        long operatorId = jdbc.sql("SELECT id FROM app_user WHERE username = 'operator'").query(Long.class).single();
        ApiTokens tokens = new ApiTokens(jdbc);
        String token = tokens.create(operatorId, "integration test");
        assertThat(token).startsWith("tmf_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :t").param("t", token).query(Long.class)
            .single()).as("only the hash is stored").isZero();

        ObjectNode own = aFacility("Token-created facility");
        own.put("operatorId", kazzinc());
        Response created = new Api(port).withToken(token).post(FACILITIES, own);
        assertThat(created.status()).isEqualTo(201);
        long tokenId = tokens.list(operatorId).get(0).id();
        assertThat(tokens.list(operatorId).get(0).lastUsedAt()).isNotNull();

        assertThat(tokens.revoke(operatorId, tokenId)).isTrue();
        assertThat(new Api(port).withToken(token).post(FACILITIES, own).status()).isEqualTo(401);
        assertThat(new Api(port).withToken("tmf_made-up").get(FACILITIES).status()).isEqualTo(401);
    }

    @Test
    void pageFormsNeedTheCsrfTokenAndPagesSendSecurityHeaders() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browserLike = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> loginPage = browserLike.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.headers().firstValue("Content-Security-Policy").orElse(""))
            .contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(loginPage.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(loginPage.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(loginPage.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        HttpResponse<String> withoutToken = browserLike.send(form(base + "/login", "username=authority&password=authority-demo"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String sessionBefore = sessionId(cookies);
        assertThat(sessionBefore).isNotNull();
        HttpResponse<String> withToken = browserLike.send(
                form(base + "/login", "username=authority&password=authority-demo&_csrf=" + csrf.group(1)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location").orElse("")).endsWith("/facilities");
        assertThat(sessionId(cookies)).as("a new session id after sign-in (fixation protection)").isNotNull()
            .isNotEqualTo(sessionBefore);
        assertThat(cookies.getCookieStore().getCookies()).filteredOn(c -> c.getName().equals("SESSION"))
            .allSatisfy(c -> assertThat(c.isHttpOnly()).isTrue());
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
            .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void thePageSessionAuthorisesApiReadsButNeverWrites() throws Exception {
        long hidden = new Api(port).asAuthority().post(FACILITIES, aFacility("Session read test")).body().get("id").asLong();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        browser.send(form(base + "/login", "username=authority&password=authority-demo&_csrf=" + csrf.group(1)),
                HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(base + FACILITIES + "/" + hidden)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as("a signed-in page may read what its user may read").isEqualTo(200);
        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(base + FACILITIES + "/" + hidden))
            .header("Content-Type", "application/json")
            .DELETE()
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as("a cookie never authorises a write (no CSRF exposure)").isEqualTo(401);
        assertThat(anonymous().get(FACILITIES + "/" + hidden).status()).isEqualTo(404);
    }

    @Test
    void errorsRevealNoInternals() {
        Response response = new Api(port).asAuthority().get(FACILITIES + "?sort=name;DROP%20TABLE%20facility");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
    }

    private static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

}
