package org.tmfsafety.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the login form as a browser does: the CSRF token from the page, then the form post. */
public final class FormLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private FormLogin() {
    }

    /**
     * Signs in on the server at {@code base} (e.g. {@code http://localhost:8080}) with a client that keeps cookies;
     * returns the form post's answer (a redirect to {@code /facilities} when it worked).
     */
    public static HttpResponse<String> signIn(HttpClient browser, String base, String username, String password)
            throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                    + csrf.group(1)))
            .build(), HttpResponse.BodyHandlers.ofString());
    }
}
