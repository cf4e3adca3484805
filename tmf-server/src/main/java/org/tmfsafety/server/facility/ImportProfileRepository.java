package org.tmfsafety.server.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes import profiles; the assignment is kept as JSON. */
@Repository
class ImportProfileRepository {

    private static final String COLUMNS = "id, name, mapping::text AS mapping, created_by, created_at, updated_by, "
            + "updated_at, version";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    ImportProfileRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ImportProfile> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_profile ORDER BY lower(name)").query(this::profile).list();
    }

    Optional<ImportProfile> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_profile WHERE id = :id").param("id", id)
            .query(this::profile).optional();
    }

    boolean nameTaken(String name, Long except) {
        return jdbc.sql("SELECT count(*) FROM import_profile WHERE lower(name) = lower(:name) AND id <> :except")
            .param("name", name).param("except", except == null ? -1L : except).query(Long.class).single() > 0;
    }

    long insert(String name, ImportMapping mapping, String by) {
        return jdbc.sql("""
                INSERT INTO import_profile (name, mapping, created_by, updated_by)
                VALUES (:name, CAST(:mapping AS jsonb), :by, :by) RETURNING id""")
            .param("name", name).param("mapping", json.writeValueAsString(mapping)).param("by", by)
            .query(Long.class).single();
    }

    /** Changes a profile seen at the version; false when it changed meanwhile (or is gone). */
    boolean update(long id, int version, String name, ImportMapping mapping, String by) {
        return jdbc.sql("""
                UPDATE import_profile SET name = :name, mapping = CAST(:mapping AS jsonb), updated_by = :by,
                       updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version""")
            .param("id", id).param("version", version).param("name", name)
            .param("mapping", json.writeValueAsString(mapping)).param("by", by).update() == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("DELETE FROM import_profile WHERE id = :id AND version = :version").param("id", id)
            .param("version", version).update() == 1;
    }

    private ImportProfile profile(ResultSet rs, int row) throws SQLException {
        return new ImportProfile(rs.getLong("id"), rs.getString("name"),
                json.readValue(rs.getString("mapping"), ImportMapping.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
