package org.tmfsafety.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

@IntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeAppearsInTheHistoryWithItsActorAndChangedFields() {
        Api authority = new Api(port).asAuthority();
        ObjectNode facility = Api.object();
        facility.put("name", "Audited facility");
        facility.put("country", "KAZ");
        facility.put("latitude", 47.0);
        facility.put("longitude", 67.0);
        facility.put("status", "ACTIVE");
        JsonNode created = authority.post("/api/v1/facilities", facility).body();
        long id = created.get("id").asLong();
        ObjectNode change = (ObjectNode) created.deepCopy();
        change.put("damHeightM", 18.5);
        change.put("status", "INACTIVE");
        new Api(port).as("admin", "admin-demo").put("/api/v1/facilities/" + id, change);

        List<JsonNode> history = StreamSupport
            .stream(authority.get("/api/v1/facilities/" + id + "/history").body().spliterator(), false)
            .toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("actor").asString()).isEqualTo("authority");
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("admin");
        assertThat(history.get(1).get("action").asString()).isEqualTo("UPDATE");
        assertThat(StreamSupport.stream(history.get(1).get("changes").spliterator(), false)
            .map(c -> c.get("field").asString() + ":" + text(c.get("before")) + "->" + text(c.get("after"))))
            .containsExactlyInAnyOrder("damHeightM:null->18.5", "status:ACTIVE->INACTIVE");

        authority.delete("/api/v1/facilities/" + id);
        assertThat(jdbc.sql("SELECT actor || ':' || action FROM audit_event WHERE entity_type = 'facility' AND entity_id = :id ORDER BY id")
            .param("id", id).query(String.class).list()).containsExactly("authority:CREATE", "admin:UPDATE", "authority:DELETE");
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.asString();
    }

    @Test
    void demoDataIsRecordedAsLoadedByTheSystem() {
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'system:demo-data' AND action = 'CREATE'")
            .query(Long.class).single()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isPositive();
    }

}
