package org.tmfsafety.server.workinggroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the working group's members. */
@Repository
class MemberRepository {

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member: the account, the organisations it belongs to, the role in the group. */
    record Member(long userId, String username, String displayName, String organisations, GroupRole role,
            String institution, LocalDate joinedOn, int version) {
    }

    Optional<GroupRole> roleOf(long userId) {
        return jdbc.sql("SELECT group_role FROM wg_member WHERE user_id = :user").param("user", userId)
            .query(String.class).optional().map(GroupRole::valueOf);
    }

    List<Member> all() {
        return jdbc.sql("""
                SELECT m.*, u.username, u.display_name,
                       (SELECT string_agg(o.name, ', ' ORDER BY o.name) FROM user_organisation uo
                          JOIN organisation o ON o.id = uo.organisation_id WHERE uo.user_id = u.id) AS organisations
                  FROM wg_member m JOIN app_user u ON u.id = m.user_id
                 ORDER BY array_position(ARRAY['CHAIR', 'SECRETARY', 'MEMBER', 'EXPERT', 'OBSERVER'], m.group_role),
                          u.display_name""")
            .query((rs, row) -> new Member(rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
                    rs.getString("organisations"), GroupRole.valueOf(rs.getString("group_role")),
                    rs.getString("institution"), rs.getObject("joined_on", LocalDate.class), rs.getInt("version")))
            .list();
    }

    /** Adds the account to the group or changes its role and institution. */
    void save(long userId, GroupRole role, String institution) {
        jdbc.sql("""
                INSERT INTO wg_member (user_id, group_role, institution) VALUES (:user, :role, :institution)
                ON CONFLICT (user_id) DO UPDATE SET group_role = excluded.group_role,
                    institution = excluded.institution, version = wg_member.version + 1""")
            .param("user", userId)
            .param("role", role.name())
            .param("institution", institution)
            .update();
    }

    boolean remove(long userId) {
        return jdbc.sql("DELETE FROM wg_member WHERE user_id = :user").param("user", userId).update() == 1;
    }

    List<Long> userIds() {
        return jdbc.sql("SELECT user_id FROM wg_member").query(Long.class).list();
    }
}
