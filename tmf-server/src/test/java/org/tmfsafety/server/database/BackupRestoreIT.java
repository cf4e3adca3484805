package org.tmfsafety.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.TmfSafetyApplication;
import org.tmfsafety.server.support.DebianPostgres;

/**
 * The documented backup and restore (scripts/backup.sh, scripts/restore.sh) round-trip a database: every table,
 * facilities, assessments and the audit trail included, is equal after restoring into a new empty database, the
 * application starts on it, and a restore into a database that is not empty is refused.
 */
class BackupRestoreIT {

    @TempDir
    Path backups;

    @Test
    void backupThenRestoreIntoANewDatabaseGivesEqualTables() throws Exception {
        Assumptions.assumeTrue(DebianPostgres.available(), DebianPostgres.MISSING);
        DebianPostgres postgres = DebianPostgres.shared();
        String source = postgres.createDatabase("tmf_backup_source");
        try (ConfigurableApplicationContext app = start(source)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("""
                    INSERT INTO assessment (facility_id, template_id, template_version, family, started_by)
                    SELECT id, 'unece-tmf-checklist', 1, 'QUICK', 'inspector' FROM facility ORDER BY id LIMIT 3""")
                .update();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isPositive();
        }
        Path dump = backups.resolve("tmf.dump");
        run(List.of(Path.of("..", "scripts", "backup.sh").toString(), dump.toString()), "tmf_backup_source", postgres);
        assertThat(dump.resolveSibling("tmf.dump.sha256")).exists();

        String target = postgres.createDatabase("tmf_backup_target");
        run(List.of(Path.of("..", "scripts", "restore.sh").toString(), dump.toString()), "tmf_backup_target", postgres);
        Map<String, String> before = fingerprints(source);
        Map<String, String> after = fingerprints(target);
        assertThat(before).containsKeys("facility", "assessment", "audit_event", "accident", "app_user");
        assertThat(after).isEqualTo(before);

        try (ConfigurableApplicationContext restored = start(target)) {
            assertThat(restored.getBean(JdbcClient.class).sql("SELECT count(*) FROM assessment").query(Long.class)
                .single()).isEqualTo(3);
        }
        Process refused = process(List.of(Path.of("..", "scripts", "restore.sh").toString(), dump.toString()),
                "tmf_backup_target", postgres);
        assertThat(refused.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).as("restoring into a database with tables is refused").isNotZero();
        assertThat(new String(refused.getInputStream().readAllBytes())).contains("refused");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TmfSafetyApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + DebianPostgres.USER, "--spring.datasource.password=",
                "--tmf.demo-data.enabled=true", "--tmf.jobs.enabled=false");
    }

    /** Each table's row count and the MD5 of all its rows as text, in a stable order. */
    private static Map<String, String> fingerprints(String url) throws Exception {
        Map<String, String> fingerprints = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, DebianPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' ORDER BY t::text)), '') FROM " + table + " t")) {
                    rows.next();
                    fingerprints.put(table, rows.getString(1));
                }
            }
        }
        return fingerprints;
    }

    private static void run(List<String> command, String database, DebianPostgres postgres) throws Exception {
        Process process = process(command, database, postgres);
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Process process(List<String> command, String database, DebianPostgres postgres) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", String.valueOf(postgres.port()));
        env.put("PGUSER", DebianPostgres.USER);
        env.put("PGDATABASE", database);
        env.put("PG_DUMP", postgres.program("pg_dump").toString());
        env.put("PG_RESTORE", postgres.program("pg_restore").toString());
        env.put("PSQL", postgres.program("psql").toString());
        return builder.start();
    }
}
