package org.tmfsafety.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.TmfSafetyApplication;
import org.tmfsafety.server.facility.FacilityRepository;

/**
 * The production set-up: the standard spring.datasource settings point at a PostgreSQL server the
 * application does not own (here a separately started server with an empty database). The embedded
 * server must not start, the migrations must run, and no demo data may appear.
 */
class ExternalDatabaseIT {

    @TempDir
    Path serverDirectory;

    @Test
    void usesTheConfiguredDatabaseRunsMigrationsAndLoadsNoDemoData() throws Exception {
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
            }
        }
    }

}
