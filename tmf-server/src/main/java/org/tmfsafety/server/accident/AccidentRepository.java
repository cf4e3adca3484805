package org.tmfsafety.server.accident;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.Severity;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.server.system.LocalizedName;
import org.tmfsafety.server.system.PageResult;

/** SQL of the accident database (tables {@code accident}, {@code accident_lesson}). */
@Repository
public class AccidentRepository {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    AccidentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An accident named in a list of related accidents. */
    public record Reference(long id, int year, String facilityName, String country, Severity severity) {
    }

    /** Whether an upsert created the record, and its id. */
    record Written(long id, boolean created) {
    }

    /** Inserts the record or, when its source key exists, replaces its content; its lessons are replaced. */
    Written upsert(Accident.Draft draft) {
        Accident a = draft.accident();
        Written written = jdbc.sql("""
                INSERT INTO accident (source_key, origin, year, occurred_on, facility_name, place, country, latitude,
                    longitude, location_approximate, commodity, dam_raise_method, dam_type_text, dam_fill, dam_height_m,
                    storage_volume_m3, released_volume_m3, runout_km, deaths, cause, severity, severity_rule,
                    receiving_rivers, transboundary, transboundary_countries, narrative_en, narrative_ru, narrative_kk,
                    sources, source_record)
                VALUES (:key, :origin, :year, :occurredOn, :facility, :place, :country, :latitude, :longitude,
                    :approximate, :commodity, :raise, :damType, :fill, :height, :storage, :released, :runout, :deaths,
                    :cause, :severity, :rule, :rivers, :transboundary,
                    ARRAY(SELECT jsonb_array_elements_text(CAST(:countries AS jsonb))), :en, :ru, :kk,
                    ARRAY(SELECT jsonb_array_elements_text(CAST(:sources AS jsonb))), CAST(:record AS jsonb))
                ON CONFLICT (source_key) DO UPDATE SET origin = excluded.origin, year = excluded.year,
                    occurred_on = excluded.occurred_on, facility_name = excluded.facility_name, place = excluded.place,
                    country = excluded.country, latitude = excluded.latitude, longitude = excluded.longitude,
                    location_approximate = excluded.location_approximate, commodity = excluded.commodity,
                    dam_raise_method = excluded.dam_raise_method, dam_type_text = excluded.dam_type_text,
                    dam_fill = excluded.dam_fill, dam_height_m = excluded.dam_height_m,
                    storage_volume_m3 = excluded.storage_volume_m3, released_volume_m3 = excluded.released_volume_m3,
                    runout_km = excluded.runout_km, deaths = excluded.deaths, cause = excluded.cause,
                    severity = excluded.severity, severity_rule = excluded.severity_rule,
                    receiving_rivers = excluded.receiving_rivers, transboundary = excluded.transboundary,
                    transboundary_countries = excluded.transboundary_countries, narrative_en = excluded.narrative_en,
                    narrative_ru = excluded.narrative_ru, narrative_kk = excluded.narrative_kk,
                    sources = excluded.sources, source_record = excluded.source_record,
                    version = accident.version + 1, updated_at = now()
                RETURNING id, (xmax = 0) AS created
                """)
            .param("key", a.sourceKey())
            .param("origin", a.origin().name())
            .param("year", a.year())
            .param("occurredOn", a.occurredOn())
            .param("facility", a.facilityName())
            .param("place", a.place())
            .param("country", a.country())
            .param("latitude", a.latitude())
            .param("longitude", a.longitude())
            .param("approximate", a.locationApproximate())
            .param("commodity", a.commodity())
            .param("raise", a.damRaiseMethod().name())
            .param("damType", a.damTypeText())
            .param("fill", a.damFill())
            .param("height", a.damHeightM())
            .param("storage", a.storageVolumeM3())
            .param("released", a.releasedVolumeM3())
            .param("runout", a.runoutKm())
            .param("deaths", a.deaths())
            .param("cause", a.cause().name())
            .param("severity", a.severity().code())
            .param("rule", a.severityRule())
            .param("rivers", a.receivingRivers())
            .param("transboundary", a.transboundary())
            .param("countries", json.writeValueAsString(a.transboundaryCountries()))
            .param("en", a.narrative() == null ? null : a.narrative().en())
            .param("ru", a.narrative() == null ? null : a.narrative().ru())
            .param("kk", a.narrative() == null ? null : a.narrative().kk())
            .param("sources", json.writeValueAsString(a.sources()))
            .param("record", a.sourceRecord())
            .query((rs, row) -> new Written(rs.getLong("id"), rs.getBoolean("created")))
            .single();
        jdbc.sql("DELETE FROM accident_lesson WHERE accident_id = :id").param("id", written.id()).update();
        int position = 0;
        for (Lesson lesson : draft.lessons()) {
            jdbc.sql("""
                    INSERT INTO accident_lesson (accident_id, position, text_en, text_ru, text_kk, question_ids)
                    VALUES (:id, :position, :en, :ru, :kk, ARRAY(SELECT jsonb_array_elements_text(CAST(:questions AS jsonb))))
                    """)
                .param("id", written.id())
                .param("position", position++)
                .param("en", lesson.text().en())
                .param("ru", lesson.text().ru())
                .param("kk", lesson.text().kk())
                .param("questions", json.writeValueAsString(lesson.questionIds()))
                .update();
        }
        return written;
    }

    /** Removes the records of an origin whose keys are not in the list; returns how many. */
    int deleteOthers(Accident.Origin origin, Collection<String> keptKeys) {
        return jdbc.sql("""
                DELETE FROM accident WHERE origin = :origin
                   AND source_key <> ALL (ARRAY(SELECT jsonb_array_elements_text(CAST(:keys AS jsonb))))
                """)
            .param("origin", origin.name())
            .param("keys", json.writeValueAsString(keptKeys))
            .update();
    }

    public Optional<Accident> findById(long id) {
        return jdbc.sql("SELECT * FROM accident WHERE id = :id").param("id", id).query(this::accident).optional();
    }

    /** Returns the accidents matching the filters, most recent first, one page. */
    public PageResult<Accident> find(AccidentSearch search) {
        Filter filter = filter(search);
        long total = filter.bind(jdbc.sql("SELECT count(*) FROM accident WHERE " + filter.where)).query(Long.class)
            .single();
        List<Accident> items = filter.bind(jdbc.sql("SELECT * FROM accident WHERE " + filter.where
                + " ORDER BY year DESC, occurred_on DESC NULLS LAST, id DESC LIMIT :limit OFFSET :offset"))
            .param("limit", search.getSize())
            .param("offset", (long) search.getPage() * search.getSize())
            .query(this::accident)
            .list();
        return new PageResult<>(items, total, search.getPage(), search.getSize());
    }

    /** Returns every accident matching the filters (page and size ignored), most recent first. */
    public List<Accident> findAll(AccidentSearch search) {
        Filter filter = filter(search);
        return filter.bind(jdbc.sql("SELECT * FROM accident WHERE " + filter.where
                + " ORDER BY year DESC, occurred_on DESC NULLS LAST, id DESC")).query(this::accident).list();
    }

    /** The lessons of an accident in their order. */
    public List<Lesson> lessons(long accidentId) {
        return jdbc.sql("SELECT * FROM accident_lesson WHERE accident_id = :id ORDER BY position")
            .param("id", accidentId)
            .query((rs, row) -> new Lesson(new LocalizedName(rs.getString("text_en"), rs.getString("text_ru"),
                    rs.getString("text_kk")), strings(rs.getArray("question_ids"))))
            .list();
    }

    /** The accidents whose lessons are linked to each of the given checklist questions, most severe first. */
    public Map<String, List<Reference>> relatedTo(Collection<String> questionIds) {
        Map<String, List<Reference>> related = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT q.question_id, a.id, a.year, a.facility_name, a.country, a.severity
                  FROM accident_lesson l
                  JOIN accident a ON a.id = l.accident_id
                 CROSS JOIN LATERAL unnest(l.question_ids) AS q(question_id)
                 WHERE q.question_id = ANY (ARRAY(SELECT jsonb_array_elements_text(CAST(:ids AS jsonb))))
                 ORDER BY q.question_id, a.severity, a.year DESC, a.id
                """)
            .param("ids", json.writeValueAsString(questionIds))
            .query((ResultSet rs) -> {
                related.computeIfAbsent(rs.getString("question_id"), id -> new ArrayList<>())
                    .add(new Reference(rs.getLong("id"), rs.getInt("year"), rs.getString("facility_name"),
                            rs.getString("country"), Severity.ofCode(rs.getInt("severity"))));
            });
        return related;
    }

    /** The countries that have accidents, by code. */
    public List<String> countries() {
        return jdbc.sql("SELECT DISTINCT country FROM accident WHERE country IS NOT NULL ORDER BY country")
            .query(String.class)
            .list();
    }

    /** The decades that have accidents, oldest first. */
    public List<Integer> decades() {
        return jdbc.sql("SELECT DISTINCT year / 10 * 10 FROM accident ORDER BY 1").query(Integer.class).list();
    }

    /** Records a committed import of a file; returns its id. */
    long recordImport(String fileName, String sha256, int created, int updated, String by) {
        return jdbc.sql("""
                INSERT INTO accident_import (file_name, file_sha256, created, updated, imported_by)
                VALUES (:name, :sha, :created, :updated, :by) RETURNING id""")
            .param("name", fileName)
            .param("sha", sha256)
            .param("created", created)
            .param("updated", updated)
            .param("by", by)
            .query(Long.class)
            .single();
    }

    /** The hash of a reference data set as last loaded, if it was. */
    Optional<String> referenceData(String name) {
        return jdbc.sql("SELECT sha256 FROM reference_data WHERE name = :name").param("name", name).query(String.class)
            .optional();
    }

    void recordReferenceData(String name, String sha256) {
        jdbc.sql("""
                INSERT INTO reference_data (name, sha256) VALUES (:name, :sha)
                ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, loaded_at = now()""")
            .param("name", name)
            .param("sha", sha256)
            .update();
    }

    /** Serialises reference data loads across server nodes for the rest of the transaction. */
    void lockReferenceData() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('reference_data'))").query(Object.class).single();
    }

    private record Filter(String where, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }

    private static Filter filter(AccidentSearch search) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.getQ() != null) {
            conditions.add("(facility_name ILIKE :q OR place ILIKE :q OR commodity ILIKE :q OR receiving_rivers ILIKE :q)");
            params.put("q", "%" + search.getQ().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.getCountry() != null) {
            conditions.add("country = :country");
            params.put("country", search.getCountry());
        }
        if (search.getDecade() != null) {
            conditions.add("year / 10 * 10 = :decade");
            params.put("decade", search.getDecade() / 10 * 10);
        }
        if (search.getCause() != null) {
            conditions.add("cause = :cause");
            params.put("cause", search.getCause().name());
        }
        if (search.getDamRaiseMethod() != null) {
            conditions.add("dam_raise_method = :raise");
            params.put("raise", search.getDamRaiseMethod().name());
        }
        if (search.getSeverity() != null) {
            conditions.add("severity = :severity");
            params.put("severity", search.getSeverity());
        }
        if (search.getTransboundary() != null) {
            conditions.add("transboundary = :transboundary");
            params.put("transboundary", search.getTransboundary());
        }
        return new Filter(String.join(" AND ", conditions), params);
    }

    private Accident accident(ResultSet rs, int row) throws SQLException {
        return new Accident(rs.getLong("id"), rs.getString("source_key"), Accident.Origin.valueOf(rs.getString("origin")),
                rs.getInt("year"), rs.getObject("occurred_on", LocalDate.class), rs.getString("facility_name"),
                rs.getString("place"), rs.getString("country"), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getBoolean("location_approximate"), rs.getString("commodity"),
                DamRaiseMethod.valueOf(rs.getString("dam_raise_method")), rs.getString("dam_type_text"),
                rs.getString("dam_fill"), rs.getObject("dam_height_m", Double.class),
                rs.getObject("storage_volume_m3", Double.class), rs.getObject("released_volume_m3", Double.class),
                rs.getObject("runout_km", Double.class), rs.getObject("deaths", Integer.class),
                FailureCause.valueOf(rs.getString("cause")), Severity.ofCode(rs.getInt("severity")),
                rs.getString("severity_rule"), rs.getString("receiving_rivers"), rs.getBoolean("transboundary"),
                strings(rs.getArray("transboundary_countries")),
                new LocalizedName(rs.getString("narrative_en"), rs.getString("narrative_ru"), rs.getString("narrative_kk")),
                strings(rs.getArray("sources")), rs.getString("source_record"), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
