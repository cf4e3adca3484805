package org.tmfsafety.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.tmfsafety.server.support.DebianPostgres;
import org.tmfsafety.server.support.ServerNode;

/**
 * A server process killed (SIGKILL) while it writes a large import leaves either the whole import or none of it:
 * after a restart on the same database the facilities, the import record and the audit trail agree.
 */
class KillDuringImportIT {

    private static final int ROWS = 20_000;

    @Test
    void aKilledImportLeavesAllOrNothing() throws Exception {
        Assumptions.assumeTrue(DebianPostgres.available(), DebianPostgres.MISSING);
        Assumptions.assumeTrue(ServerNode.jar().isPresent(), "Skipped: the application is not packaged (run mvn verify)");
        String database = DebianPostgres.shared().createDatabase("tmf_kill");
        List<String> settings = List.of("spring.datasource.url=" + database,
                "spring.datasource.username=" + DebianPostgres.USER, "spring.datasource.password=",
                "tmf.demo-data.enabled=true", "tmf.jobs.enabled=false");
        long facilitiesBefore;
        long auditBefore;
        try (ServerNode node = ServerNode.start("kill-a", settings)) {
            facilitiesBefore = count(database, "facility");
            auditBefore = count(database, "audit_event");
            CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient().sendAsync(HttpRequest
                .newBuilder(URI.create(node.url("/api/v1/imports/facilities?dryRun=false")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "authority:authority-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=tmfkill")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csv())))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(awaitWriting(database)).as("the import reached its writes within 120 s").isTrue();
            node.kill();
            assertThat(upload.handle((response, error) -> error != null || response.statusCode() >= 500)
                .get(30, TimeUnit.SECONDS)).as("the client saw the connection end").isTrue();
        }
        try (ServerNode restarted = ServerNode.start("kill-b", settings)) {
            long facilities = count(database, "facility");
            long imports = count(database, "facility_import");
            long audit = count(database, "audit_event");
            System.out.println("After SIGKILL during a " + ROWS + "-row import: facilities " + facilitiesBefore + " -> "
                    + facilities + ", import records " + imports + ", audit rows " + auditBefore + " -> " + audit);
            assertThat(facilities).isIn(facilitiesBefore, facilitiesBefore + ROWS);
            assertThat(imports).isEqualTo(facilities == facilitiesBefore ? 0 : 1);
            assertThat(audit - auditBefore).isEqualTo(facilities == facilitiesBefore ? 0 : ROWS + 1);
            HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    restarted.url("/api/v1/facilities?size=1"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
        }
    }

    /** Waits until a transaction of the server inserts facilities (the import's write phase). */
    private static boolean awaitWriting(String database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection connection = DriverManager.getConnection(database, DebianPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet writing = statement.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
                           AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
                           AND query ILIKE '%INSERT INTO facility%'""")) {
                    writing.next();
                    if (writing.getLong(1) > 0) {
                        Thread.sleep(300);
                        return true;
                    }
                }
                Thread.sleep(20);
            }
        }
        return false;
    }

    private static long count(String database, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(database, DebianPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** New facilities spread over central Kazakhstan. */
    private static byte[] csv() {
        StringBuilder csv = new StringBuilder("name,country,region,latitude,longitude,status,waterHazardClass\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(String.format(Locale.ROOT, "Kill test %05d,KAZ,Karaganda Region,%.2f,%.2f,ACTIVE,WGK2%n", i,
                    47 + (i % 300) * 0.01, 66 + (i / 300) * 0.05));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--tmfkill\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kill.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes("\r\n--tmfkill--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
