package org.tmfsafety.server.datarequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tmfsafety.server.system.LocalizedName;

/** The tables {@code data_request} and {@code data_request_item}. */
@Repository
class DataRequestRepository {

    private static final String ITEM_SELECT = """
            SELECT i.*, f.code AS facility_code, f.name AS facility_name, f.name_ru AS facility_name_ru,
                   f.name_kk AS facility_name_kk, o.name AS organisation_name, o.name_ru AS organisation_name_ru,
                   o.name_kk AS organisation_name_kk
              FROM data_request_item i JOIN facility f ON f.id = i.facility_id
              JOIN organisation o ON o.id = i.organisation_id""";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    DataRequestRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A facility that may be asked about: its id, operator and whether it has a hazard rating. */
    record Candidate(long facilityId, long organisationId, boolean rated) {
    }

    /** The facilities the selection picks, by code, each with its operator. */
    List<Candidate> candidates(Selection selection) {
        StringBuilder sql = new StringBuilder("""
                SELECT f.id, f.operator_id, thi.facility_id IS NOT NULL AS rated FROM facility f
                  LEFT JOIN facility_rating thi ON thi.facility_id = f.id AND thi.index_code = 'THI'
                  LEFT JOIN facility_rating tri ON tri.facility_id = f.id AND tri.index_code = 'TRI'
                 WHERE f.archived_at IS NULL AND f.operator_id IS NOT NULL""");
        Map<String, Object> params = new HashMap<>();
        if (selection.facilityIds() != null) {
            sql.append(" AND f.id = ANY (string_to_array(:ids, ',')::bigint[])");
            params.put("ids", joined(selection.facilityIds()));
        }
        if (selection.operatorId() != null) {
            sql.append(" AND f.operator_id = :operator");
            params.put("operator", selection.operatorId());
        }
        if (selection.country() != null) {
            sql.append(" AND f.country = :country");
            params.put("country", selection.country());
        }
        if (selection.region() != null) {
            sql.append(" AND f.region = :region");
            params.put("region", selection.region());
        }
        if (selection.maxCompleteness() != null) {
            sql.append(" AND coalesce(least(thi.completeness, tri.completeness), 0) < :completeness");
            params.put("completeness", selection.maxCompleteness() / 100.0);
        }
        if (selection.onlyNotRateable()) {
            sql.append(" AND thi.facility_id IS NULL");
        }
        sql.append(" ORDER BY f.code");
        return jdbc.sql(sql.toString()).params(params)
            .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getLong("operator_id"), rs.getBoolean("rated")))
            .list();
    }

    private static String joined(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    long insert(String title, String message, LocalDate dueDate, Selection selection, String createdBy) {
        return jdbc.sql("""
                INSERT INTO data_request (title, message, due_date, selection, created_by)
                VALUES (:title, :message, :due, CAST(:selection AS jsonb), :by) RETURNING id""")
            .param("title", title)
            .param("message", message)
            .param("due", dueDate)
            .param("selection", json.writeValueAsString(selection))
            .param("by", createdBy)
            .query(Long.class)
            .single();
    }

    void insertItem(long requestId, long facilityId, long organisationId, String field) {
        jdbc.sql("""
                INSERT INTO data_request_item (request_id, facility_id, organisation_id, field)
                VALUES (:request, :facility, :organisation, :field)""")
            .param("request", requestId)
            .param("facility", facilityId)
            .param("organisation", organisationId)
            .param("field", field)
            .update();
    }

    Optional<DataRequest> find(long id) {
        return jdbc.sql("SELECT * FROM data_request WHERE id = :id").param("id", id).query(this::request).optional();
    }

    /** The request, its row locked until the transaction ends. */
    Optional<DataRequest> lock(long id) {
        return jdbc.sql("SELECT * FROM data_request WHERE id = :id FOR UPDATE").param("id", id).query(this::request)
            .optional();
    }

    /** Every request, newest first. */
    List<DataRequest> all() {
        return jdbc.sql("SELECT * FROM data_request ORDER BY created_at DESC, id DESC").query(this::request).list();
    }

    /** The requests that ask something of one of the organisations, newest first. */
    List<DataRequest> concerning(Collection<Long> organisationIds) {
        return jdbc.sql("""
                SELECT * FROM data_request r WHERE EXISTS (SELECT 1 FROM data_request_item i
                 WHERE i.request_id = r.id AND i.organisation_id = ANY (string_to_array(:organisations, ',')::bigint[]))
                 ORDER BY created_at DESC, id DESC""")
            .param("organisations", joined(organisationIds))
            .query(this::request)
            .list();
    }

    /** The open requests, newest first. */
    List<DataRequest> open() {
        return jdbc.sql("SELECT * FROM data_request WHERE status = 'OPEN' ORDER BY created_at DESC, id DESC")
            .query(this::request)
            .list();
    }

    boolean close(long id, int expectedVersion) {
        return jdbc.sql("""
                UPDATE data_request SET status = 'CLOSED', closed_at = now(), version = version + 1
                 WHERE id = :id AND version = :version AND status = 'OPEN'""")
            .param("id", id)
            .param("version", expectedVersion)
            .update() == 1;
    }

    /** The request's items, by facility code and field; only those of the organisations when given. */
    List<RequestItem> items(long requestId, Collection<Long> organisationIds) {
        String only = organisationIds == null ? "" : " AND i.organisation_id = ANY (string_to_array(:organisations, ',')::bigint[])";
        var statement = jdbc.sql(ITEM_SELECT + " WHERE i.request_id = :request" + only + " ORDER BY f.code, i.id")
            .param("request", requestId);
        if (organisationIds != null) {
            statement = statement.param("organisations", joined(organisationIds));
        }
        return statement.query(this::item).list();
    }

    Optional<RequestItem> item(long requestId, long itemId) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.request_id = :request AND i.id = :id")
            .param("request", requestId)
            .param("id", itemId)
            .query(this::item)
            .optional();
    }

    /** Records an answer, provided the item still has the version the operator saw and is not accepted. */
    boolean answer(long itemId, int expectedVersion, String answer, String source, String seenValue, String by) {
        return jdbc.sql("""
                UPDATE data_request_item SET status = 'ANSWERED', answer = :answer, source = :source,
                       seen_value = :seen, answered_by = :by, answered_at = now(), version = version + 1
                 WHERE id = :id AND version = :version AND status <> 'ACCEPTED'""")
            .param("answer", answer)
            .param("source", source)
            .param("seen", seenValue)
            .param("by", by)
            .param("id", itemId)
            .param("version", expectedVersion)
            .update() == 1;
    }

    /** Records an authority's decision on an answered item, provided it is still answered in that version. */
    boolean decide(long itemId, int expectedVersion, RequestItem.Status status, String reason, String by) {
        return jdbc.sql("""
                UPDATE data_request_item SET status = :status, reason = :reason, decided_by = :by, decided_at = now(),
                       version = version + 1
                 WHERE id = :id AND version = :version AND status = 'ANSWERED'""")
            .param("status", status.name())
            .param("reason", reason)
            .param("by", by)
            .param("id", itemId)
            .param("version", expectedVersion)
            .update() == 1;
    }

    /** Progress per operator organisation of one request, by organisation name. */
    List<Progress> progress(long requestId, LocalDate today, Collection<Long> organisationIds) {
        String only = organisationIds == null ? "" : " AND i.organisation_id = ANY (string_to_array(:organisations, ',')::bigint[])";
        var statement = jdbc.sql("""
                SELECT i.organisation_id, o.name, o.name_ru, o.name_kk, count(*) AS asked,
                       count(*) FILTER (WHERE i.status = 'ANSWERED') AS answered,
                       count(*) FILTER (WHERE i.status = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE i.status = 'RETURNED') AS returned,
                       count(*) FILTER (WHERE i.status IN ('ASKED', 'RETURNED') AND r.status = 'OPEN'
                                          AND r.due_date < :today) AS overdue
                  FROM data_request_item i JOIN data_request r ON r.id = i.request_id
                  JOIN organisation o ON o.id = i.organisation_id
                 WHERE i.request_id = :request""" + only + " GROUP BY i.organisation_id, o.name, o.name_ru, o.name_kk ORDER BY o.name")
            .param("request", requestId)
            .param("today", today);
        if (organisationIds != null) {
            statement = statement.param("organisations", joined(organisationIds));
        }
        return statement.query((rs, row) -> new Progress(rs.getLong("organisation_id"),
                new LocalizedName(rs.getString("name"), rs.getString("name_ru"), rs.getString("name_kk")),
                rs.getLong("asked"), rs.getLong("answered"), rs.getLong("accepted"), rs.getLong("returned"),
                rs.getLong("overdue"))).list();
    }

    /** The organisations of an open request that still have items to answer. */
    List<Long> organisationsWithOpenItems(long requestId) {
        return jdbc.sql("""
                SELECT DISTINCT organisation_id FROM data_request_item
                 WHERE request_id = :request AND status IN ('ASKED', 'RETURNED') ORDER BY organisation_id""")
            .param("request", requestId)
            .query(Long.class)
            .list();
    }

    /** The enabled account with the user name, if any. */
    Optional<Long> userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :name AND enabled").param("name", username)
            .query(Long.class)
            .optional();
    }

    private DataRequest request(ResultSet rs, int row) throws SQLException {
        return new DataRequest(rs.getLong("id"), rs.getString("title"), rs.getString("message"),
                rs.getObject("due_date", LocalDate.class), DataRequest.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("selection"), Selection.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    private RequestItem item(ResultSet rs, int row) throws SQLException {
        return new RequestItem(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("facility_id"),
                rs.getString("facility_code"), new LocalizedName(rs.getString("facility_name"),
                        rs.getString("facility_name_ru"), rs.getString("facility_name_kk")),
                rs.getLong("organisation_id"), new LocalizedName(rs.getString("organisation_name"),
                        rs.getString("organisation_name_ru"), rs.getString("organisation_name_kk")),
                rs.getString("field"),
                RequestItem.Status.valueOf(rs.getString("status")), rs.getString("answer"), rs.getString("source"),
                rs.getString("seen_value"), rs.getString("answered_by"),
                rs.getObject("answered_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"), rs.getInt("version"));
    }
}
