package org.tmfsafety.server.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server as a child process and connects the application to it. Unlike the
 * library's defaults (meant for throw-away test databases) it keeps fsync and synchronous commit on,
 * so that data written here survives a crash like on any production PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        long start = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(properties.deleteDataOnStop())
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "100")
            .setServerConfig("listen_addresses", "localhost")
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                (System.nanoTime() - start) / 1_000_000);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws SQLException {
        createDatabaseIfMissing(postgres.getPostgresDatabase(), properties.databaseName());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.databaseName()));
        config.setUsername("postgres");
        config.setPoolName("tmf-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(DataSource admin, String name) throws SQLException {
        try (Connection connection = admin.getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("tmf.database.database-name must be a simple identifier: " + name);
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
            log.info("Created database {}", name);
        }
    }

}
