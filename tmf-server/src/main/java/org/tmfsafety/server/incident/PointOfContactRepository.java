package org.tmfsafety.server.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code point_of_contact}. */
@Repository
class PointOfContactRepository {

    private final JdbcClient jdbc;

    PointOfContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PointOfContact> all() {
        return jdbc.sql("SELECT * FROM point_of_contact ORDER BY kind, name, id").query(PointOfContactRepository::row)
            .list();
    }

    Optional<PointOfContact> find(long id) {
        return jdbc.sql("SELECT * FROM point_of_contact WHERE id = :id").param("id", id)
            .query(PointOfContactRepository::row).optional();
    }

    long insert(PointOfContactInput input, List<String> countries, String by) {
        return jdbc.sql("""
                INSERT INTO point_of_contact (kind, name, countries, email, phone, comment, updated_by)
                VALUES (:kind, :name, string_to_array(:countries, ','), :email, :phone, :comment, :by) RETURNING id""")
            .param("kind", input.kind().name())
            .param("name", input.name())
            .param("countries", String.join(",", countries))
            .param("email", input.email())
            .param("phone", input.phone())
            .param("comment", input.comment())
            .param("by", by)
            .query(Long.class)
            .single();
    }

    boolean update(long id, int version, PointOfContactInput input, List<String> countries, String by) {
        return jdbc.sql("""
                UPDATE point_of_contact SET kind = :kind, name = :name, countries = string_to_array(:countries, ','),
                       email = :email, phone = :phone, comment = :comment, updated_by = :by, updated_at = now(),
                       version = version + 1
                 WHERE id = :id AND version = :version""")
            .param("id", id)
            .param("version", version)
            .param("kind", input.kind().name())
            .param("name", input.name())
            .param("countries", String.join(",", countries))
            .param("email", input.email())
            .param("phone", input.phone())
            .param("comment", input.comment())
            .param("by", by)
            .update() == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("DELETE FROM point_of_contact WHERE id = :id AND version = :version").param("id", id)
            .param("version", version).update() == 1;
    }

    private static PointOfContact row(ResultSet rs, int row) throws SQLException {
        return new PointOfContact(rs.getLong("id"), PointOfContact.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"), List.of((String[]) rs.getArray("countries").getArray()), rs.getString("email"),
                rs.getString("phone"), rs.getString("comment"), rs.getInt("version"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
