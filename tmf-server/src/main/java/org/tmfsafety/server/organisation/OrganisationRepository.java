package org.tmfsafety.server.organisation;

import java.util.List;

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
