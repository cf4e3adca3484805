package org.tmfsafety.server.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tmfsafety.server.system.LocalizedName;

/** Reads and writes organisations with plain SQL. */
@Repository
public class OrganisationRepository {

    private static final String SELECT = """
            SELECT id, name, name_ru, name_kk, kind, country, website, data_source, version
              FROM organisation
            """;

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns all organisations ordered by name. */
    public List<Organisation> findAll() {
        return jdbc.sql(SELECT + " ORDER BY name").query(OrganisationRepository::map).list();
    }

    /** Returns the organisation with the given id. */
    public Optional<Organisation> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(OrganisationRepository::map).optional();
    }

    /** Returns whether another organisation than {@code exceptId} has the name. */
    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE lower(name) = lower(:name) AND id IS DISTINCT FROM :id")
            .param("name", name)
            .param("id", exceptId)
            .query(Long.class)
            .single() > 0;
    }

    /** Updates an organisation if it still has the expected version. */
    boolean update(long id, int expectedVersion, OrganisationInput input) {
        return jdbc.sql("""
                UPDATE organisation SET name = :name, name_ru = :nameRu, name_kk = :nameKk, kind = :kind,
                       country = :country, website = :website, data_source = :dataSource,
                       version = version + 1, updated_at = now()
                 WHERE id = :id AND version = :version
                """)
            .param("name", input.getName())
            .param("nameRu", input.getNameRu())
            .param("nameKk", input.getNameKk())
            .param("kind", input.getKind().name())
            .param("country", input.getCountry())
            .param("website", input.getWebsite())
            .param("dataSource", input.getDataSource())
            .param("id", id)
            .param("version", expectedVersion)
            .update() == 1;
    }

    /** Returns whether an organisation with the given id exists. */
    public boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Inserts an organisation and returns its new id. */
    public long insert(LocalizedName name, OrganisationKind kind, String country, String website, String dataSource) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organisation (name, name_ru, name_kk, kind, country, website, data_source)
                VALUES (:name, :nameRu, :nameKk, :kind, :country, :website, :dataSource)
                """)
            .param("name", name.en())
            .param("nameRu", name.ru())
            .param("nameKk", name.kk())
            .param("kind", kind.name())
            .param("country", country)
            .param("website", website)
            .param("dataSource", dataSource)
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getLong("id"),
                new LocalizedName(rs.getString("name"), rs.getString("name_ru"), rs.getString("name_kk")),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"), rs.getString("website"),
                rs.getString("data_source"), rs.getInt("version"));
    }

}
