package org.tmfsafety.server.exchange;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The exchange feature's tables: neighbours, what was pulled from them, incoming notifications. */
@Repository
class ExchangeRepository {

    private static final String NEIGHBOUR = """
            SELECT id, name, country, base_url, read_token IS NOT NULL AS read_token_set,
                   signing_secret IS NOT NULL AS signing_secret_set, version, updated_at, updated_by, last_attempt_at,
                   last_success_at, last_error_key, last_error_arg
              FROM neighbour""";

    private static final String FACILITY = """
            SELECT f.*, n.name AS neighbour_name, n.last_success_at
              FROM neighbour_facility f JOIN neighbour n ON n.id = f.neighbour_id""";

    private final JdbcClient jdbc;

    ExchangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A facility as pulled, with what this instance computed for its own country. */
    record PulledFacility(long remoteId, String code, String name, String country, String status, double latitude,
            double longitude, Double thi, String hazardClass, Double tri, String riskClass, String verdict,
            List<String> countries, String firstForeignCountry, Double alongRiverKmToBorder, String pathJson,
            boolean entersOwnCountry, Double kmToOwnBorder, Double hoursMin, Double hoursMax) {
    }

    /** An accident as pulled: narrative and lessons as JSON (texts in en, ru, kk). */
    record PulledAccident(long remoteId, int year, String facilityName, String place, String country, String severity,
            String narrativeJson, String lessonsJson) {
    }

    /** A neighbour's accident as stored. */
    record NeighbourAccident(long neighbourId, String neighbourName, long remoteId, int year, String facilityName,
            String place, String country, String severity, String narrativeJson, String lessonsJson) {
    }

    List<Neighbour> neighbours() {
        return jdbc.sql(NEIGHBOUR + " ORDER BY name").query(ExchangeRepository::neighbour).list();
    }

    Optional<Neighbour> neighbour(long id) {
        return jdbc.sql(NEIGHBOUR + " WHERE id = :id").param("id", id).query(ExchangeRepository::neighbour).optional();
    }

    Optional<Neighbour> neighbourOfCountry(String country) {
        return jdbc.sql(NEIGHBOUR + " WHERE country = :country").param("country", country)
            .query(ExchangeRepository::neighbour).optional();
    }

    Optional<String> readToken(long id) {
        return jdbc.sql("SELECT read_token FROM neighbour WHERE id = :id").param("id", id).query(String.class).optional();
    }

    Optional<String> signingSecret(long id) {
        return jdbc.sql("SELECT signing_secret FROM neighbour WHERE id = :id").param("id", id).query(String.class)
            .optional();
    }

    long insert(String name, String country, String baseUrl, String readToken, String signingSecret, String by) {
        return jdbc.sql("""
                INSERT INTO neighbour (name, country, base_url, read_token, signing_secret, updated_by)
                VALUES (:name, :country, :url, :token, :secret, :by) RETURNING id""")
            .param("name", name).param("country", country).param("url", baseUrl).param("token", readToken)
            .param("secret", signingSecret).param("by", by)
            .query(Long.class).single();
    }

    /** Changes a neighbour if it still has the version; a null token or secret keeps the stored one. */
    int update(long id, int version, String name, String country, String baseUrl, String readToken,
            String signingSecret, String by) {
        return jdbc.sql("""
                UPDATE neighbour SET name = :name, country = :country, base_url = :url,
                       read_token = coalesce(:token, read_token), signing_secret = coalesce(:secret, signing_secret),
                       version = version + 1, updated_at = now(), updated_by = :by
                 WHERE id = :id AND version = :version""")
            .param("name", name).param("country", country).param("url", baseUrl).param("token", readToken)
            .param("secret", signingSecret).param("by", by).param("id", id).param("version", version)
            .update();
    }

    int delete(long id, int version) {
        return jdbc.sql("DELETE FROM neighbour WHERE id = :id AND version = :version").param("id", id)
            .param("version", version).update();
    }

    boolean countryTaken(String country, Long except) {
        return jdbc.sql("SELECT count(*) FROM neighbour WHERE country = :country AND id <> coalesce(:except, -1)")
            .param("country", country).param("except", except).query(Long.class).single() > 0;
    }

    /** Records a failed pull; the data of the last successful one stay. */
    void recordFailure(long id, String key, String arg) {
        jdbc.sql("""
                UPDATE neighbour SET last_attempt_at = now(), last_error_key = :key, last_error_arg = :arg
                 WHERE id = :id""").param("id", id).param("key", key).param("arg", arg).update();
    }

    /** Replaces everything pulled from the neighbour with a successful pull's data, in one transaction. */
    @Transactional
    void replacePulled(long id, List<PulledFacility> facilities, List<PulledAccident> accidents) {
        if (jdbc.sql("SELECT id FROM neighbour WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
            .isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM neighbour_facility WHERE neighbour_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM neighbour_accident WHERE neighbour_id = :id").param("id", id).update();
        for (PulledFacility f : facilities) {
            jdbc.sql("""
                    INSERT INTO neighbour_facility (neighbour_id, remote_id, code, name, country, status, latitude,
                        longitude, thi, hazard_class, tri, risk_class, verdict, countries, first_foreign_country,
                        along_river_km_to_border, path, enters_own_country, km_to_own_border, hours_to_own_border_min,
                        hours_to_own_border_max)
                    VALUES (:n, :remote, :code, :name, :country, :status, :lat, :lon, :thi, :hazard, :tri, :risk,
                        :verdict, string_to_array(:countries, ','), :first, :km, CAST(:path AS jsonb), :enters, :own,
                        :hmin, :hmax)""")
                .param("n", id).param("remote", f.remoteId()).param("code", f.code()).param("name", f.name())
                .param("country", f.country()).param("status", f.status()).param("lat", f.latitude())
                .param("lon", f.longitude()).param("thi", f.thi()).param("hazard", f.hazardClass())
                .param("tri", f.tri()).param("risk", f.riskClass()).param("verdict", f.verdict())
                .param("countries", String.join(",", f.countries())).param("first", f.firstForeignCountry())
                .param("km", f.alongRiverKmToBorder()).param("path", f.pathJson()).param("enters", f.entersOwnCountry())
                .param("own", f.kmToOwnBorder()).param("hmin", f.hoursMin()).param("hmax", f.hoursMax())
                .update();
        }
        for (PulledAccident a : accidents) {
            jdbc.sql("""
                    INSERT INTO neighbour_accident (neighbour_id, remote_id, year, facility_name, place, country,
                        severity, narrative, lessons)
                    VALUES (:n, :remote, :year, :facility, :place, :country, :severity, CAST(:narrative AS jsonb),
                        CAST(:lessons AS jsonb))""")
                .param("n", id).param("remote", a.remoteId()).param("year", a.year())
                .param("facility", a.facilityName()).param("place", a.place()).param("country", a.country())
                .param("severity", a.severity()).param("narrative", a.narrativeJson()).param("lessons", a.lessonsJson())
                .update();
        }
        jdbc.sql("""
                UPDATE neighbour SET last_attempt_at = now(), last_success_at = now(), last_error_key = NULL,
                       last_error_arg = NULL WHERE id = :id""").param("id", id).update();
    }

    /** The pulled facilities, by neighbour and name. */
    List<NeighbourFacility> facilities() {
        return jdbc.sql(FACILITY + " ORDER BY n.name, f.name, f.remote_id").query(ExchangeRepository::facility).list();
    }

    /** The pulled facilities whose downstream path enters the own country, nearest to its border first. */
    List<NeighbourFacility> threats() {
        return jdbc.sql(FACILITY + " WHERE f.enters_own_country ORDER BY f.km_to_own_border NULLS LAST, f.name")
            .query(ExchangeRepository::facility).list();
    }

    /** A pulled facility with its downstream path (a GeoJSON LineString). */
    record FacilityPath(NeighbourFacility facility, String pathJson) {
    }

    /** The pulled facilities with a downstream path. */
    List<FacilityPath> paths() {
        return jdbc.sql(FACILITY + " WHERE f.path IS NOT NULL ORDER BY n.name, f.remote_id")
            .query((rs, row) -> new FacilityPath(facility(rs, row), rs.getString("path"))).list();
    }

    List<NeighbourAccident> accidents() {
        return jdbc.sql("""
                SELECT a.*, n.name AS neighbour_name FROM neighbour_accident a JOIN neighbour n ON n.id = a.neighbour_id
                 ORDER BY a.year DESC, a.facility_name""")
            .query((rs, row) -> new NeighbourAccident(rs.getLong("neighbour_id"), rs.getString("neighbour_name"),
                    rs.getLong("remote_id"), rs.getInt("year"), rs.getString("facility_name"), rs.getString("place"),
                    rs.getString("country"), rs.getString("severity"), rs.getString("narrative"),
                    rs.getString("lessons")))
            .list();
    }

    /** Stores a notification; empty when one with the same sender, number and report type is stored already. */
    Optional<Long> insertNotification(Neighbour sender, NotificationDocument d, String substances, String document) {
        NotificationDocument.TransboundaryEffect effect = d.transboundaryEffect();
        return jdbc.sql("""
                INSERT INTO incoming_notification (neighbour_id, sender_name, sender_country, number, report_type,
                    exercise, facility_name, facility_country, latitude, longitude, occurred_at, kind, substances,
                    estimated_release_m3, river, crossing, km_to_border, eta_hours_min, eta_hours_max, measures,
                    assistance, contact, receipt_url, document)
                VALUES (:n, :sender, :senderCountry, :number, :type, :exercise, :facility, :country, :lat, :lon,
                    :occurred, :kind, :substances, :release, :river, :crossing, :km, :etaMin, :etaMax, :measures,
                    :assistance, :contact, :receipt, :document)
                ON CONFLICT (sender_country, number, report_type) DO NOTHING RETURNING id""")
            .param("n", sender.id()).param("sender", sender.name()).param("senderCountry", sender.country())
            .param("number", d.number()).param("type", d.reportType().name()).param("exercise", d.exercise())
            .param("facility", d.facility().name()).param("country", d.facility().country())
            .param("lat", d.facility().latitude()).param("lon", d.facility().longitude())
            .param("occurred", d.occurredAt()).param("kind", d.kind()).param("substances", substances)
            .param("release", d.estimatedReleaseM3())
            .param("river", effect == null ? null : effect.river())
            .param("crossing", effect == null ? null : effect.crossing())
            .param("km", effect == null ? null : effect.kmToBorder())
            .param("etaMin", effect == null ? null : effect.etaHoursMin())
            .param("etaMax", effect == null ? null : effect.etaHoursMax())
            .param("measures", d.measures()).param("assistance", d.assistance()).param("contact", d.contact())
            .param("receipt", d.receiptUrl())
            .param("document", document)
            .query(Long.class).optional();
    }

    Optional<Long> notificationId(String senderCountry, String number, NotificationDocument.ReportType type) {
        return jdbc.sql("""
                SELECT id FROM incoming_notification WHERE sender_country = :c AND number = :n AND report_type = :t""")
            .param("c", senderCountry).param("n", number).param("t", type.name()).query(Long.class).optional();
    }

    List<IncomingNotification> notifications() {
        return jdbc.sql("SELECT * FROM incoming_notification ORDER BY received_at DESC, id DESC")
            .query(ExchangeRepository::notification).list();
    }

    Optional<IncomingNotification> notification(long id) {
        return jdbc.sql("SELECT * FROM incoming_notification WHERE id = :id").param("id", id)
            .query(ExchangeRepository::notification).optional();
    }

    /** Records the acknowledgement if the notification still has the version and is not acknowledged yet. */
    int acknowledge(long id, int version, String by, String note) {
        return jdbc.sql("""
                UPDATE incoming_notification SET acknowledged_by = :by, acknowledged_at = now(),
                       acknowledgement_note = :note, receipt_state = 'PENDING', version = version + 1
                 WHERE id = :id AND version = :version AND acknowledged_at IS NULL""")
            .param("by", by).param("note", note).param("id", id).param("version", version).update();
    }

    List<IncomingNotification> pendingReceipts() {
        return jdbc.sql("SELECT * FROM incoming_notification WHERE receipt_state = 'PENDING' ORDER BY id")
            .query(ExchangeRepository::notification).list();
    }

    void receiptDelivered(long id) {
        jdbc.sql("""
                UPDATE incoming_notification SET receipt_state = 'DELIVERED', receipt_delivered_at = now(),
                       receipt_attempts = receipt_attempts + 1, receipt_error = NULL, version = version + 1
                 WHERE id = :id AND receipt_state = 'PENDING'""").param("id", id).update();
    }

    void receiptFailed(long id, String error) {
        jdbc.sql("""
                UPDATE incoming_notification SET receipt_attempts = receipt_attempts + 1, receipt_error = :error
                 WHERE id = :id AND receipt_state = 'PENDING'""").param("id", id).param("error", error).update();
    }

    private static Neighbour neighbour(ResultSet rs, int row) throws SQLException {
        return new Neighbour(rs.getLong("id"), rs.getString("name"), rs.getString("country"), rs.getString("base_url"),
                rs.getBoolean("read_token_set"), rs.getBoolean("signing_secret_set"), rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("last_attempt_at", OffsetDateTime.class), rs.getObject("last_success_at", OffsetDateTime.class),
                rs.getString("last_error_key"), rs.getString("last_error_arg"));
    }

    private static NeighbourFacility facility(ResultSet rs, int row) throws SQLException {
        Array countries = rs.getArray("countries");
        return new NeighbourFacility(rs.getLong("neighbour_id"), rs.getString("neighbour_name"), rs.getLong("remote_id"),
                rs.getString("code"), rs.getString("name"), rs.getString("country"), rs.getString("status"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getObject("thi", Double.class),
                rs.getString("hazard_class"), rs.getObject("tri", Double.class), rs.getString("risk_class"),
                rs.getString("verdict"), countries == null ? List.of() : Arrays.asList((String[]) countries.getArray()),
                rs.getString("first_foreign_country"), rs.getObject("along_river_km_to_border", Double.class),
                rs.getBoolean("enters_own_country"), rs.getObject("km_to_own_border", Double.class),
                rs.getObject("hours_to_own_border_min", Double.class), rs.getObject("hours_to_own_border_max", Double.class),
                rs.getObject("last_success_at", OffsetDateTime.class));
    }

    private static IncomingNotification notification(ResultSet rs, int row) throws SQLException {
        return new IncomingNotification(rs.getLong("id"), rs.getObject("neighbour_id", Long.class),
                rs.getString("sender_name"), rs.getString("sender_country"), rs.getString("number"),
                NotificationDocument.ReportType.valueOf(rs.getString("report_type")), rs.getBoolean("exercise"),
                rs.getString("facility_name"), rs.getString("facility_country"), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("kind"), rs.getString("substances"), rs.getObject("estimated_release_m3", Double.class),
                rs.getString("river"), rs.getString("crossing"), rs.getObject("km_to_border", Double.class),
                rs.getObject("eta_hours_min", Double.class), rs.getObject("eta_hours_max", Double.class),
                rs.getString("measures"), rs.getString("assistance"), rs.getString("contact"), rs.getString("receipt_url"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("acknowledged_by"),
                rs.getObject("acknowledged_at", OffsetDateTime.class), rs.getString("acknowledgement_note"),
                rs.getString("receipt_state"), rs.getInt("receipt_attempts"), rs.getString("receipt_error"),
                rs.getObject("receipt_delivered_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
