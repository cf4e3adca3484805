package org.tmfsafety.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.TmfSafetyApplication;
import org.tmfsafety.server.facility.FacilityRepository;

/**
 * The production set-up: the standard spring.datasource settings point at a PostgreSQL server the
 * application does not own (here a separately started server with an empty database). The embedded
 * server must not start, the migrations must run, and no demo data may appear.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseIT {

    @TempDir
    Path serverDirectory;

    @Test
    void usesTheConfiguredDatabaseRunsMigrationsAndLoadsNoDemoData(CapturedOutput log) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
            .setDataDirectory(serverDirectory)
            .setCleanDataDirectory(true)
            .start()) {
            try (Connection connection = external.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE tmf LOGIN PASSWORD 'secret'");
                statement.execute("CREATE DATABASE tmf_production OWNER tmf ENCODING 'UTF8' TEMPLATE template0");
            }
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/tmf_production";
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TmfSafetyApplication.class).run(
                    "--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=tmf", "--spring.datasource.password=secret")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_database() || ':' || current_user").query(String.class).single())
                    .isEqualTo("tmf_production:tmf");
                assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                    .isPositive();
                assertThat(app.getBean(FacilityRepository.class).count()).isZero();
                assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                    .as("no default or demo accounts").isZero();
                createFirstAdministrator(app, log.getOut());
            }
        }
    }

    /** Uses the one-time token from the log to create the first administrator, as the README describes. */
    private static void createFirstAdministrator(ConfigurableApplicationContext app, String log) throws Exception {
        Matcher token = Pattern.compile("set-up token below to create the first administrator:\\s+(\\S+)").matcher(log);
        assertThat(token.find()).as("the set-up token is in the log").isTrue();
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/setup")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=chief&displayName=Chief+administrator&password=Tailings-2026-safety&_csrf=" + csrf.group(1);
        HttpResponse<String> wrong = http.send(post(base + "/setup", form + "&setupToken=guess"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(200);
        HttpResponse<String> right = http.send(post(base + "/setup", form + "&setupToken=" + token.group(1)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login");

        String basic = "Basic " + Base64.getEncoder().encodeToString("chief:Tailings-2026-safety".getBytes());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/facilities/1/history"))
            .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("the new administrator is authenticated").isEqualTo(404);
        HttpResponse<String> closed = http.send(post(base + "/setup", form + "&setupToken=" + token.group(1)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(closed.headers().firstValue("Location").orElse("")).as("set-up works once").endsWith("/login");
        assertThat(app.getBean(JdbcClient.class).sql("SELECT role FROM app_user").query(String.class).list())
            .containsExactly("ADMIN");
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    }

}
