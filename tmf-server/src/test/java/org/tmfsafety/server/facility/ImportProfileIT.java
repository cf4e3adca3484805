package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Import profiles through the API: an authority saves how a source's files are read, next year's file imports with
 * the profile alone; operators use profiles but do not change them; changes are optimistically locked.
 */
@IntegrationTest
class ImportProfileIT {

    private static final String FILE_2025 = """
            Nombre;País;Estado;Este;Norte;Empresa
            Profile test Relave Norte;Kirguistán;abandonado;591241.393;4746650.636;ТОО «Казцинк»
            """;

    private static final String FILE_2026 = """
            Nombre;País;Estado;Este;Norte;Empresa
            Profile test Relave Sur;Kirguistán;en proceso de cierre;591807.260;4747102.434;KAZZINC
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'Profile test %'").update();
        jdbc.sql("DELETE FROM import_profile WHERE name LIKE 'Profile test%'").update();
    }

    private static ObjectNode profile(String name) {
        ObjectNode body = Api.object();
        body.put("name", name);
        ObjectNode mapping = body.putObject("mapping");
        ObjectNode columns = mapping.putObject("columns");
        columns.put("Nombre", "name");
        columns.put("País", "country");
        columns.put("Estado", "status");
        columns.put("Este", "easting");
        columns.put("Norte", "northing");
        columns.put("Empresa", "operatorId");
        ObjectNode values = mapping.putObject("values");
        values.putObject("country").put("Kirguistán", "KGZ");
        values.putObject("status").put("en proceso de cierre", "TEMPORARILY_CLOSED");
        mapping.put("crs", "UTM:43N");
        return body;
    }

    private Response importWith(Api api, String csv, long profile) {
        return api.upload("/api/v1/imports/facilities?profile=" + profile, Map.of(), "file", "catastro.csv",
                csv.getBytes(StandardCharsets.UTF_8), "Accept-Language", "ru");
    }

    @Test
    void aSavedProfileImportsTheNextFileOfTheSourceInOneStep() {
        Api authority = new Api(port).asAuthority();
        Response created = authority.post("/api/v1/import-profiles", profile("Profile test catastro"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("mapping").get("crs").asString()).isEqualTo("UTM:43N");

        assertThat(importWith(authority, FILE_2025, id).status()).isEqualTo(200);
        Api operator = new Api(port).as("operator", "operator-demo");
        assertThat(operator.get("/api/v1/import-profiles").body()).extracting(p -> p.get("name").asString())
            .contains("Profile test catastro");
        Response nextYear = importWith(authority, FILE_2026, id);
        assertThat(nextYear.status()).as(String.valueOf(nextYear.body())).isEqualTo(200);
        assertThat(nextYear.body().get("created").asInt()).isEqualTo(1);
        JsonNode row = jdbc.sql("SELECT status, country, operator_id, latitude FROM facility WHERE name = 'Profile test Relave Sur'")
            .query((rs, n) -> Api.object().put("status", rs.getString(1)).put("country", rs.getString(2))
                .put("operator", rs.getLong(3)).put("latitude", rs.getDouble(4)))
            .single();
        assertThat(row.get("status").asString()).isEqualTo("TEMPORARILY_CLOSED");
        assertThat(row.get("country").asString()).isEqualTo("KGZ");
        assertThat(row.get("operator").asLong()).isEqualTo(jdbc.sql("SELECT id FROM organisation WHERE name = 'Kazzinc LLP'")
            .query(Long.class).single());
        assertThat(row.get("latitude").asDouble()).isBetween(42.8709, 42.8711);
    }

    @Test
    void operatorsDoNotChangeProfilesAndChangesAreLockedByVersion() {
        Api authority = new Api(port).asAuthority();
        Api operator = new Api(port).as("operator", "operator-demo");
        assertThat(operator.post("/api/v1/import-profiles", profile("Profile test operator")).status()).isEqualTo(403);
        JsonNode created = authority.post("/api/v1/import-profiles", profile("Profile test locked")).body();
        long id = created.get("id").asLong();
        assertThat(authority.post("/api/v1/import-profiles", profile("Profile test locked")).status())
            .as("name taken").isEqualTo(400);

        ObjectNode renamed = profile("Profile test locked 2026");
        renamed.put("version", created.get("version").asInt());
        Response changed = authority.put("/api/v1/import-profiles/" + id, renamed);
        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
        assertThat(changed.body().get("name").asString()).isEqualTo("Profile test locked 2026");
        Response stale = authority.put("/api/v1/import-profiles/" + id, renamed);
        assertThat(stale.status()).isEqualTo(409);
        ObjectNode badCrs = profile("Profile test bad");
        ((ObjectNode) badCrs.get("mapping")).put("crs", "UTM:99N");
        assertThat(authority.post("/api/v1/import-profiles", badCrs).status()).isEqualTo(400);

        assertThat(operator.delete("/api/v1/import-profiles/" + id + "?version=1").status()).isEqualTo(403);
        assertThat(authority.delete("/api/v1/import-profiles/" + id + "?version=0").status()).isEqualTo(409);
        assertThat(authority.delete("/api/v1/import-profiles/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(authority.get("/api/v1/import-profiles/" + id).status()).isEqualTo(404);
    }
}
