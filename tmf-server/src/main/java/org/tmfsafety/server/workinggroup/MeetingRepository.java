package org.tmfsafety.server.workinggroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of meetings, their attendance and files, and the group's decisions. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting of the group. */
    record Meeting(long id, String title, OffsetDateTime startsAt, String place, String onlineUrl, String agenda,
            String minutes, MeetingStatus status, String createdBy, int version) {
    }

    /** A member's attendance at a meeting (null present: not recorded). */
    record Attendance(long userId, String displayName, Boolean present) {
    }

    /** A decision, with the codes of the facilities it concerns. */
    record Decision(long id, Long meetingId, LocalDate decidedOn, String text, List<String> facilityCodes,
            List<Long> facilityIds) {

        /** The decision with only those of its facilities that pass the test. */
        Decision onlyFacilities(Predicate<Long> keep) {
            List<String> codes = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < facilityIds.size(); i++) {
                if (keep.test(facilityIds.get(i))) {
                    codes.add(facilityCodes.get(i));
                    ids.add(facilityIds.get(i));
                }
            }
            return new Decision(id, meetingId, decidedOn, text, List.copyOf(codes), List.copyOf(ids));
        }
    }

    /** A file of a meeting, without its content. */
    record FileInfo(long id, String fileName, String contentType, long sizeBytes, String uploadedBy) {
    }

    /** A file's content. */
    record FileData(String fileName, String contentType, byte[] data) {
    }

    long insert(MeetingInput input, String by) {
        return jdbc.sql("""
                INSERT INTO wg_meeting (title, starts_at, place, online_url, agenda, created_by)
                VALUES (:title, :starts, :place, :url, :agenda, :by) RETURNING id""")
            .param("title", input.title().strip())
            .param("starts", input.startsAt())
            .param("place", input.place())
            .param("url", input.onlineUrl())
            .param("agenda", input.agenda())
            .param("by", by)
            .query(Long.class)
            .single();
    }

    boolean update(long id, MeetingInput input) {
        return jdbc.sql("""
                UPDATE wg_meeting SET title = :title, starts_at = :starts, place = :place, online_url = :url,
                       agenda = :agenda, minutes = :minutes, status = :status, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version""")
            .param("title", input.title().strip())
            .param("starts", input.startsAt())
            .param("place", input.place())
            .param("url", input.onlineUrl())
            .param("agenda", input.agenda())
            .param("minutes", input.minutes())
            .param("status", input.status().name())
            .param("id", id)
            .param("version", input.version())
            .update() == 1;
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM wg_meeting WHERE id = :id").param("id", id).query(this::meeting).optional();
    }

    /** Meetings, the latest first. */
    List<Meeting> all() {
        return jdbc.sql("SELECT * FROM wg_meeting ORDER BY starts_at DESC, id DESC").query(this::meeting).list();
    }

    /** Every member with the attendance recorded for the meeting. */
    List<Attendance> attendance(long meetingId) {
        return jdbc.sql("""
                SELECT u.id, u.display_name, a.present FROM wg_member m JOIN app_user u ON u.id = m.user_id
                  LEFT JOIN wg_attendance a ON a.meeting_id = :meeting AND a.user_id = u.id
                 ORDER BY u.display_name""")
            .param("meeting", meetingId)
            .query((rs, row) -> new Attendance(rs.getLong("id"), rs.getString("display_name"),
                    rs.getObject("present", Boolean.class)))
            .list();
    }

    /** Records the members present; the other members are recorded absent. */
    void recordAttendance(long meetingId, List<Long> present) {
        jdbc.sql("DELETE FROM wg_attendance WHERE meeting_id = :meeting").param("meeting", meetingId).update();
        jdbc.sql("""
                INSERT INTO wg_attendance (meeting_id, user_id, present)
                SELECT :meeting, user_id, user_id = ANY (string_to_array(:present, ',')::bigint[]) FROM wg_member""")
            .param("meeting", meetingId)
            .param("present", String.join(",", present.stream().map(String::valueOf).toList()))
            .update();
    }

    long insertDecision(Long meetingId, LocalDate decidedOn, String text, List<Long> facilityIds, String by) {
        long id = jdbc.sql("""
                INSERT INTO wg_decision (meeting_id, decided_on, text, created_by) VALUES (:meeting, :on, :text, :by)
                RETURNING id""")
            .param("meeting", meetingId)
            .param("on", decidedOn)
            .param("text", text.strip())
            .param("by", by)
            .query(Long.class)
            .single();
        for (Long facility : facilityIds) {
            jdbc.sql("INSERT INTO wg_decision_facility (decision_id, facility_id) VALUES (:d, :f) ON CONFLICT DO NOTHING")
                .param("d", id)
                .param("f", facility)
                .update();
        }
        return id;
    }

    /** Decisions of a meeting, or all decisions when meetingId is null, the latest first. */
    List<Decision> decisions(Long meetingId, int limit) {
        return jdbc.sql("""
                SELECT d.*, coalesce(array_agg(f.code ORDER BY f.code) FILTER (WHERE f.id IS NOT NULL), '{}') AS codes,
                       coalesce(array_agg(f.id ORDER BY f.code) FILTER (WHERE f.id IS NOT NULL), '{}') AS ids
                  FROM wg_decision d
                  LEFT JOIN wg_decision_facility df ON df.decision_id = d.id
                  LEFT JOIN facility f ON f.id = df.facility_id
                 WHERE CAST(:meeting AS BIGINT) IS NULL OR d.meeting_id = :meeting
                 GROUP BY d.id ORDER BY d.decided_on DESC, d.id DESC LIMIT :limit""")
            .param("meeting", meetingId)
            .param("limit", limit)
            .query((rs, row) -> new Decision(rs.getLong("id"), rs.getObject("meeting_id", Long.class),
                    rs.getObject("decided_on", LocalDate.class), rs.getString("text"),
                    List.of((String[]) rs.getArray("codes").getArray()),
                    List.of((Long[]) rs.getArray("ids").getArray())))
            .list();
    }

    long insertFile(long meetingId, String name, String contentType, byte[] data, String sha256, String by) {
        return jdbc.sql("""
                INSERT INTO wg_meeting_file (meeting_id, file_name, content_type, size_bytes, sha256, data, uploaded_by)
                VALUES (:meeting, :name, :type, :size, :sha, :data, :by) RETURNING id""")
            .param("meeting", meetingId)
            .param("name", name)
            .param("type", contentType)
            .param("size", data.length)
            .param("sha", sha256)
            .param("data", data)
            .param("by", by)
            .query(Long.class)
            .single();
    }

    List<FileInfo> files(long meetingId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, uploaded_by FROM wg_meeting_file
                 WHERE meeting_id = :meeting ORDER BY id""")
            .param("meeting", meetingId)
            .query((rs, row) -> new FileInfo(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                    rs.getLong("size_bytes"), rs.getString("uploaded_by")))
            .list();
    }

    Optional<FileData> file(long meetingId, long fileId) {
        return jdbc.sql("SELECT file_name, content_type, data FROM wg_meeting_file WHERE id = :id AND meeting_id = :m")
            .param("id", fileId)
            .param("m", meetingId)
            .query((rs, row) -> new FileData(rs.getString("file_name"), rs.getString("content_type"),
                    rs.getBytes("data")))
            .optional();
    }

    private Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("title"), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getString("place"), rs.getString("online_url"), rs.getString("agenda"), rs.getString("minutes"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("created_by"), rs.getInt("version"));
    }
}
