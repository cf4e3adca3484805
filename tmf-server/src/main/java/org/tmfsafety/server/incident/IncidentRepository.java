package org.tmfsafety.server.incident;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tmfsafety.server.system.LocalizedName;

/** The tables {@code incident}, {@code incident_report} and {@code incident_report_recipient}. */
@Repository
class IncidentRepository {

    private static final String SELECT = """
            SELECT i.*, f.code AS facility_code, f.name AS facility_name, f.name_ru AS facility_name_ru,
                   f.name_kk AS facility_name_kk,
                   (SELECT count(*) FROM incident_report r WHERE r.incident_id = i.id) AS reports
              FROM incident i JOIN facility f ON f.id = i.facility_id""";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    IncidentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long facilityId, IncidentInput input, String by) {
        return jdbc.sql("""
                INSERT INTO incident (facility_id, kind, exercise, occurred_at, status, release_m3, substances,
                                      description, measures, contact, reported_by)
                VALUES (:facility, :kind, :exercise, :occurred, :status, :release, :substances, :description,
                        :measures, :contact, :by) RETURNING id""")
            .param("facility", facilityId)
            .params(values(input))
            .param("by", by)
            .query(Long.class)
            .single();
    }

    /**
     * Links the accident record made of the incident, if none is linked yet and the incident still has the version.
     * @return whether it did
     */
    boolean linkAccident(long id, int version, long accidentId) {
        return jdbc.sql("""
                UPDATE incident SET accident_id = :accident, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version AND accident_id IS NULL""")
            .param("id", id)
            .param("version", version)
            .param("accident", accidentId)
            .update() == 1;
    }

    /** Updates the incident if it still has the given version; returns whether it did. */
    boolean update(long id, int version, IncidentInput input) {
        return jdbc.sql("""
                UPDATE incident SET kind = :kind, exercise = :exercise, occurred_at = :occurred, status = :status,
                       release_m3 = :release, substances = :substances, description = :description,
                       measures = :measures, contact = :contact, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version""")
            .params(values(input))
            .param("id", id)
            .param("version", version)
            .update() == 1;
    }

    private static Map<String, Object> values(IncidentInput input) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", input.kind().name());
        values.put("exercise", input.exercise());
        values.put("occurred", input.occurredAt());
        values.put("status", input.status().name());
        values.put("release", input.releaseM3());
        values.put("substances", input.substances());
        values.put("description", input.description());
        values.put("measures", input.measures());
        values.put("contact", input.contact());
        return values;
    }

    Optional<Incident> find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(this::incident).optional();
    }

    /** Locks the incident's row, so that reports of one incident are numbered one at a time. */
    Optional<Incident> lock(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id FOR UPDATE OF i").param("id", id).query(this::incident).optional();
    }

    /**
     * The incidents, newest first.
     *
     * @param operators the operator organisations whose facilities' incidents are listed, or null for all
     * @param facilityId one facility's, or null for every facility's
     */
    List<Incident> list(Set<Long> operators, Long facilityId) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (operators != null) {
            sql.append(" AND f.operator_id = ANY (string_to_array(:operators, ',')::bigint[])");
            params.put("operators", operators.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (facilityId != null) {
            sql.append(" AND i.facility_id = :facility");
            params.put("facility", facilityId);
        }
        sql.append(" ORDER BY i.occurred_at DESC, i.id DESC");
        return jdbc.sql(sql.toString()).params(params).query(this::incident).list();
    }

    private Incident incident(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("facility_code"),
                new LocalizedName(rs.getString("facility_name"), rs.getString("facility_name_ru"),
                        rs.getString("facility_name_kk")), IncidentKind.valueOf(rs.getString("kind")), rs.getBoolean("exercise"),
                rs.getObject("occurred_at", OffsetDateTime.class), IncidentStatus.valueOf(rs.getString("status")),
                (Double) rs.getObject("release_m3"), rs.getString("substances"), rs.getString("description"),
                rs.getString("measures"), rs.getString("contact"), (Long) rs.getObject("accident_id"),
                rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"), rs.getInt("reports"));
    }

    long insertReport(long incidentId, Report report, String by) {
        return jdbc.sql("""
                INSERT INTO incident_report (incident_id, number, report_type, assistance, facts, issued_by)
                VALUES (:incident, :number, :type, :assistance, CAST(:facts AS jsonb), :by) RETURNING id""")
            .param("incident", incidentId)
            .param("number", report.number())
            .param("type", report.type().name())
            .param("assistance", report.assistance())
            .param("facts", json.writeValueAsString(new Stored(report.subject(), report.facts())))
            .param("by", by)
            .query(Long.class)
            .single();
    }

    /** What a report's JSON column keeps. */
    record Stored(Report.Subject subject, Facts facts) {
    }

    /**
     * Adds a recipient of an issued report.
     *
     * @param instanceCountry the country whose neighbouring instance it is also delivered to, or null
     */
    void insertRecipient(long reportId, PointOfContact contact, String token, MailStatus status,
            String instanceCountry) {
        jdbc.sql("""
                INSERT INTO incident_report_recipient (report_id, point_of_contact_id, name, countries, email, token,
                                                       mail_status, instance_country, instance_status)
                VALUES (:report, :contact, :name, string_to_array(:countries, ','), :email, :token, :status,
                        :instance, CASE WHEN CAST(:instance AS text) IS NULL THEN NULL ELSE 'PENDING' END)""")
            .param("report", reportId)
            .param("contact", contact.id())
            .param("name", contact.name())
            .param("countries", String.join(",", contact.countries()))
            .param("email", contact.email())
            .param("token", token)
            .param("status", status.name())
            .param("instance", instanceCountry)
            .update();
    }

    /** The issued reports of an incident, in their order, with their recipients. */
    List<IssuedReport> reports(long incidentId) {
        Map<Long, List<IssuedReport.Recipient>> recipients = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT x.* FROM incident_report_recipient x JOIN incident_report r ON r.id = x.report_id
                 WHERE r.incident_id = :incident ORDER BY x.id""")
            .param("incident", incidentId)
            .query((rs, row) -> recipients.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                .add(recipient(rs)))
            .list();
        return jdbc.sql("SELECT * FROM incident_report WHERE incident_id = :incident ORDER BY number")
            .param("incident", incidentId)
            .query((rs, row) -> report(rs, recipients.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    }

    private IssuedReport report(ResultSet rs, List<IssuedReport.Recipient> recipients) throws SQLException {
        Stored stored = json.readValue(rs.getString("facts"), Stored.class);
        return new IssuedReport(rs.getLong("id"), rs.getLong("incident_id"),
                new Report(rs.getInt("number"), ReportType.valueOf(rs.getString("report_type")),
                        rs.getString("assistance"), stored.subject(), stored.facts()),
                rs.getString("issued_by"), rs.getObject("issued_at", OffsetDateTime.class), List.copyOf(recipients));
    }

    private static IssuedReport.Recipient recipient(ResultSet rs) throws SQLException {
        return new IssuedReport.Recipient(rs.getLong("id"), (Long) rs.getObject("point_of_contact_id"),
                rs.getString("name"), strings(rs.getArray("countries")), rs.getString("email"),
                MailStatus.valueOf(rs.getString("mail_status")), rs.getString("mail_error"),
                rs.getObject("mailed_at", OffsetDateTime.class), rs.getObject("acknowledged_at", OffsetDateTime.class),
                rs.getString("acknowledged_via"), rs.getString("acknowledged_by"),
                rs.getString("acknowledgement_note"), rs.getString("instance_country"),
                rs.getString("instance_status") == null ? null : DeliveryStatus.valueOf(rs.getString("instance_status")),
                rs.getString("instance_error"), rs.getInt("instance_attempts"),
                rs.getObject("delivered_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** A recipient found by its token, with the report it received. */
    record Receipt(IssuedReport.Recipient recipient, IssuedReport report) {
    }

    Optional<Receipt> byToken(String token) {
        return jdbc.sql("SELECT * FROM incident_report_recipient WHERE token = :token")
            .param("token", token)
            .query((rs, row) -> new Object[] { recipient(rs), rs.getLong("report_id") })
            .optional()
            .map(found -> new Receipt((IssuedReport.Recipient) found[0], report((Long) found[1])));
    }

    private IssuedReport report(long reportId) {
        return jdbc.sql("SELECT * FROM incident_report WHERE id = :id")
            .param("id", reportId)
            .query((rs, row) -> report(rs, List.of()))
            .single();
    }

    /** The incident a recipient belongs to, or empty. */
    Optional<Long> incidentOfRecipient(long recipientId) {
        return jdbc.sql("""
                SELECT r.incident_id FROM incident_report_recipient x JOIN incident_report r ON r.id = x.report_id
                 WHERE x.id = :id""")
            .param("id", recipientId)
            .query(Long.class)
            .optional();
    }

    /** Records the acknowledgement unless one is recorded already; returns whether it did. */
    boolean acknowledge(long recipientId, String via, String by, String note) {
        return jdbc.sql("""
                UPDATE incident_report_recipient SET acknowledged_at = now(), acknowledged_via = :via,
                       acknowledged_by = :by, acknowledgement_note = :note
                 WHERE id = :id AND acknowledged_at IS NULL""")
            .param("id", recipientId)
            .param("via", via)
            .param("by", by)
            .param("note", note)
            .update() == 1;
    }

    /** A recipient whose report is to be e-mailed. */
    record Outgoing(long recipientId, String email, String token, long incidentId, Report report) {
    }

    /** The next recipient to e-mail, locked so that no other sender takes it; empty when none waits. */
    Optional<Outgoing> nextPending() {
        return jdbc.sql("""
                SELECT x.id AS recipient_id, x.email, x.token, r.* FROM incident_report_recipient x
                  JOIN incident_report r ON r.id = x.report_id
                 WHERE x.mail_status = 'PENDING' ORDER BY x.id LIMIT 1 FOR UPDATE OF x SKIP LOCKED""")
            .query((rs, row) -> new Outgoing(rs.getLong("recipient_id"), rs.getString("email"), rs.getString("token"),
                    rs.getLong("incident_id"), report(rs, List.of()).report()))
            .optional();
    }

    void mailed(long recipientId, MailStatus status, String error) {
        jdbc.sql("""
                UPDATE incident_report_recipient SET mail_status = :status, mail_error = :error,
                       mailed_at = CASE WHEN :status = 'SENT' THEN now() ELSE mailed_at END
                 WHERE id = :id""")
            .param("id", recipientId)
            .param("status", status.name())
            .param("error", error)
            .update();
    }

    /** A recipient whose report is to be delivered to a neighbouring instance. */
    record ToInstance(long recipientId, String country, String token, long incidentId, Report report) {
    }

    /**
     * The next recipient to deliver to an instance, locked so that no other node takes it, among those not tried
     * since {@code before}; empty when none waits.
     */
    Optional<ToInstance> nextForInstance(OffsetDateTime before) {
        return jdbc.sql("""
                SELECT x.id AS recipient_id, x.instance_country, x.token, r.* FROM incident_report_recipient x
                  JOIN incident_report r ON r.id = x.report_id
                 WHERE x.instance_status = 'PENDING' AND (x.instance_tried_at IS NULL OR x.instance_tried_at < :before)
                 ORDER BY x.id LIMIT 1 FOR UPDATE OF x SKIP LOCKED""")
            .param("before", before)
            .query((rs, row) -> new ToInstance(rs.getLong("recipient_id"), rs.getString("instance_country"),
                    rs.getString("token"), rs.getLong("incident_id"), report(rs, List.of()).report()))
            .optional();
    }

    /** Records one attempt to deliver to the instance. */
    void triedInstance(long recipientId, DeliveryStatus status, String error) {
        jdbc.sql("""
                UPDATE incident_report_recipient SET instance_status = :status, instance_error = :error,
                       instance_attempts = instance_attempts + 1, instance_tried_at = now(),
                       delivered_at = CASE WHEN :status = 'DELIVERED' THEN now() ELSE delivered_at END
                 WHERE id = :id""")
            .param("id", recipientId)
            .param("status", status.name())
            .param("error", error)
            .update();
    }
}
