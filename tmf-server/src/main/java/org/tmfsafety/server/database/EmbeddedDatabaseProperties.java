package org.tmfsafety.server.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server.
 *
 * @param embedded whether to start the embedded server; when not set, it starts unless
 * {@code spring.datasource.url} points at an external database
 * @param dataDirectory where the server keeps its files; they survive restarts
 * @param port the TCP port on localhost, or 0 for any free port
 * @param databaseName the database the application uses inside the server
 * @param deleteDataOnStop whether to delete the data directory on shutdown (tests only)
 */
@ConfigurationProperties("tmf.database")
public record EmbeddedDatabaseProperties(Boolean embedded, String dataDirectory, int port, String databaseName,
        boolean deleteDataOnStop) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = "./data/pg";
        }
        if (databaseName == null || databaseName.isBlank()) {
            databaseName = "tmf";
        }
    }

}
