package org.tmfsafety.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes accounts and their organisation memberships. */
@Repository
public class AccountRepository {

    private static final String SELECT = """
            SELECT u.*, coalesce((SELECT array_agg(organisation_id) FROM user_organisation m WHERE m.user_id = u.id),
                                 '{}') AS organisation_ids
              FROM app_user u
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username").param("username", username).query(AccountRepository::map)
            .optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(AccountRepository::map).optional();
    }

    public List<Account> findAll() {
        return jdbc.sql(SELECT + " ORDER BY u.username").query(AccountRepository::map).list();
    }

    /** Returns the stored password hash of an account. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username")
            .param("username", username)
            .query(String.class)
            .optional();
    }

    /** Returns whether any enabled administrator exists. */
    public boolean anyAdministrator() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single() > 0;
    }

    /** Returns whether the username is taken by another account than {@code exceptId}. */
    boolean usernameTaken(String username, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :username AND id IS DISTINCT FROM :id")
            .param("username", username)
            .param("id", exceptId)
            .query(Long.class)
            .single() > 0;
    }

    long insert(AccountInput input, String passwordHash) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, role, enabled)
                VALUES (:username, :displayName, :email, :passwordHash, :role, :enabled)
                """)
            .param("username", input.getUsername())
            .param("displayName", input.getDisplayName())
            .param("email", input.getEmail())
            .param("passwordHash", passwordHash)
            .param("role", input.getRole().name())
            .param("enabled", input.isEnabled())
            .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceOrganisations(id, input.getOrganisationIds());
        return id;
    }

    /** Updates profile, role, state and memberships if the version still matches. */
    boolean update(long id, int expectedVersion, AccountInput input) {
        int rows = jdbc.sql("""
                UPDATE app_user SET display_name = :displayName, email = :email, role = :role, enabled = :enabled,
                       version = version + 1, updated_at = now()
                 WHERE id = :id AND version = :version
                """)
            .param("displayName", input.getDisplayName())
            .param("email", input.getEmail())
            .param("role", input.getRole().name())
            .param("enabled", input.isEnabled())
            .param("id", id)
            .param("version", expectedVersion)
            .update();
        if (rows == 1) {
            replaceOrganisations(id, input.getOrganisationIds());
        }
        return rows == 1;
    }

    private void replaceOrganisations(long id, Set<Long> organisationIds) {
        jdbc.sql("DELETE FROM user_organisation WHERE user_id = :id").param("id", id).update();
        for (Long organisationId : organisationIds) {
            jdbc.sql("INSERT INTO user_organisation (user_id, organisation_id) VALUES (:id, :organisationId)")
                .param("id", id)
                .param("organisationId", organisationId)
                .update();
        }
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, version = version + 1, updated_at = now() WHERE id = :id")
            .param("hash", passwordHash)
            .param("id", id)
            .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Long[] organisationIds = (Long[]) rs.getArray("organisation_ids").getArray();
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                new HashSet<>(List.of(organisationIds)), rs.getInt("version"));
    }

}
