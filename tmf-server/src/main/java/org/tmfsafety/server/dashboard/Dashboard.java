package org.tmfsafety.server.dashboard;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.assessment.AssessmentPermissions;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.system.ClusterJobs;

/**
 * The indicators of the national programme for the management of tailings (EPR recommendation 9.4) over the
 * facilities the caller may see and the filters chosen: facilities by hazard and risk class, transboundary ones;
 * for signed-in readers also assessments, safety levels by category, measures by term and status, overdue
 * measures and action items. Each indicator counts only what the caller may read through the API behind it:
 * facilities as the facility list shows them ({@link FacilityPermissions#scope()}), assessments and measures of
 * those facilities whose programme the caller may read ({@link AssessmentPermissions#readable}). A daily job keeps
 * one snapshot per month for the trends: national, and over the published facilities without internal records for
 * those who may not read every facility and programme.
 */
@Service
public class Dashboard {

    static final String JOB = "dashboard-snapshot";

    /** The count of facilities without a rating of the index, next to the class counts. */
    static final String NOT_RATED = "NONE";

    private static final TypeReference<Indicators> INDICATORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final AssessmentPermissions assessmentPermissions;

    private final CurrentUser user;

    private final ClusterJobs jobs;

    private final JsonMapper json;

    private final Clock clock;

    private final IndexClasses classes;

    private final MessageSource messages;

    Dashboard(JdbcClient jdbc, FacilityRepository facilities, FacilityPermissions permissions,
            AssessmentPermissions assessmentPermissions, CurrentUser user, ClusterJobs jobs, JsonMapper json,
            Clock clock, IndexClasses classes, MessageSource messages) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.permissions = permissions;
        this.assessmentPermissions = assessmentPermissions;
        this.user = user;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
        this.classes = classes;
        this.messages = messages;
    }

    /**
     * The indicators; those from internal records (assessments, programmes, action items) are null for the public.
     *
     * @param facilities the facilities counted
     * @param hazard facilities by THI class, the default profile's classes least severe first, then
     *        {@value #NOT_RATED}: not rated
     * @param risk facilities by TRI class
     * @param transboundary facilities whose screening finds a potential transboundary effect
     * @param assessedLastYear facilities with an assessment submitted in the last 12 months
     * @param safetyLevels the average safety level (percent) of each checklist category, over each facility's latest
     *        submitted assessment
     * @param measures programme measures by term (SHORT, MEDIUM, LONG), then status
     * @param overdueMeasures planned or started measures past their due date
     * @param overdueActions pending action items past their due date (of these facilities, or all when unfiltered)
     * @param transboundaryUndetermined facilities whose screening cannot tell where their water goes (no mapped river
     *        within the snap distance), or null in a snapshot made before the verdict existed
     */
    public record Indicators(int facilities, Map<String, Long> hazard, Map<String, Long> risk, long transboundary,
            Long assessedLastYear, Map<String, Double> safetyLevels, Map<String, Map<String, Long>> measures,
            Long overdueMeasures, Long overdueActions, Long transboundaryUndetermined) {
    }

    /** A month's snapshot. */
    public record Snapshot(LocalDate month, Indicators indicators) {
    }

    /**
     * The trend's hazard column: facilities in the two most severe THI classes of the default profile (in its only
     * class when it has one).
     *
     * @param classes the class codes counted
     * @param heading the column heading, naming the classes by their labels
     */
    public record SevereHazard(List<String> classes, String heading) {

        /** Returns the facilities of a snapshot in these classes. */
        public long count(Indicators indicators) {
            return classes.stream().mapToLong(c -> indicators.hazard().getOrDefault(c, 0L)).sum();
        }
    }

    /** The trend's hazard column in a language. */
    public SevereHazard severeHazard(Locale locale) {
        List<IndexClasses.Presented> all = classes.of("THI", locale);
        List<IndexClasses.Presented> severe = all.subList(Math.max(0, all.size() - 2), all.size());
        String heading = severe.size() == 2
                ? messages.getMessage("dashboard.highHazard", new Object[] { severe.get(0).label(), severe.get(1).label() },
                        locale)
                : messages.getMessage("dashboard.highHazard.one",
                        new Object[] { severe.isEmpty() ? "" : severe.get(0).label() }, locale);
        return new SevereHazard(severe.stream().map(IndexClasses.Presented::code).toList(), heading);
    }

    /** The indicators for the caller over the facilities matching the filters (paging ignored). */
    public Indicators indicators(FacilitySearch search) {
        List<Long> ids = facilities.ids(search, permissions.scope());
        return compute(ids, assessmentPermissions.readable(ids), user.isSignedIn(), filtered(search));
    }

    /**
     * The monthly snapshots, oldest first: the national ones for those who read every facility and programme, else
     * those over the published facilities without internal records.
     */
    public List<Snapshot> snapshots() {
        String column = permissions.scope().all() && assessmentPermissions.scope().all() ? "indicators"
                : "published_indicators";
        return jdbc.sql("SELECT month, " + column + "::text AS indicators FROM dashboard_snapshot WHERE " + column
                + " IS NOT NULL ORDER BY month")
            .query((rs, row) -> new Snapshot(rs.getObject("month", LocalDate.class),
                    json.readValue(rs.getString("indicators"), INDICATORS)))
            .list();
    }

    /** Whether the snapshots carry the overdue measures (a column of the trend). */
    public static boolean withMeasures(List<Snapshot> snapshots) {
        return snapshots.stream().anyMatch(snapshot -> snapshot.indicators().overdueMeasures() != null);
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        jobs.runIfDue(JOB, Duration.ofDays(1), this::snapshot);
    }

    /**
     * Writes (or rewrites) this month's snapshots: national over every facility, and over the published facilities
     * without internal records.
     */
    String snapshot() {
        List<Long> all = facilities.ids(new FacilitySearch(), FacilityPermissions.FacilityScope.ALL);
        Indicators national = compute(all, all, true, false);
        List<Long> published = facilities.ids(new FacilitySearch(), new FacilityPermissions.FacilityScope(false,
                Set.of()));
        Indicators publicly = compute(published, List.of(), false, false);
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        jdbc.sql("""
                INSERT INTO dashboard_snapshot (month, indicators, published_indicators)
                VALUES (:month, CAST(:indicators AS jsonb), CAST(:published AS jsonb))
                ON CONFLICT (month) DO UPDATE SET indicators = excluded.indicators,
                       published_indicators = excluded.published_indicators, created_at = now()""")
            .param("month", month)
            .param("indicators", json.writeValueAsString(national))
            .param("published", json.writeValueAsString(publicly))
            .update();
        return "snapshot " + month + " of " + national.facilities() + " facilities";
    }

    private static boolean filtered(FacilitySearch search) {
        return search.getQ() != null || search.getCountry() != null || search.getRegion() != null
                || search.getStatus() != null || search.getOperatorId() != null || search.getHazardClass() != null
                || search.getTransboundary() != null;
    }

    /**
     * The indicators over the facilities with the given ids.
     *
     * @param assessable those of them whose assessments and programme are counted
     * @param internal whether to count internal records at all
     * @param filtered whether the facilities are a selection (action items counted only when linked to them)
     */
    private Indicators compute(List<Long> ids, List<Long> assessable, boolean internal, boolean filtered) {
        String idList = idList(ids);
        String assessableList = idList(assessable);
        Map<String, Long> hazard = classes("THI", idList);
        Map<String, Long> risk = classes("TRI", idList);
        long transboundary = count("""
                SELECT count(*) FROM facility_transboundary WHERE potential_effect AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])""", idList);
        long undetermined = count("""
                SELECT count(*) FROM facility_transboundary WHERE verdict = 'UNDETERMINED'
                   AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])""", idList);
        if (!internal) {
            return new Indicators(ids.size(), hazard, risk, transboundary, null, null, null, null, null, undetermined);
        }
        long assessed = count("""
                SELECT count(DISTINCT facility_id) FROM assessment WHERE status IN ('SUBMITTED', 'APPROVED')
                   AND submitted_at >= now() - interval '12 months' AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])""", assessableList);
        Map<String, Double> levels = new LinkedHashMap<>();
        jdbc.sql("""
                WITH latest AS (
                    SELECT DISTINCT ON (facility_id) result FROM assessment
                     WHERE status IN ('SUBMITTED', 'APPROVED') AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])
                     ORDER BY facility_id, submitted_at DESC)
                SELECT c ->> 'id' AS category, avg((c ->> 'level')::float8) AS level
                  FROM latest, jsonb_array_elements(latest.result -> 'categories') AS c
                 WHERE c ->> 'level' IS NOT NULL GROUP BY 1 ORDER BY 1""")
            .param("ids", assessableList)
            .query((ResultSet rs) -> {
                levels.put(rs.getString("category"), rs.getDouble("level"));
            });
        Map<String, Map<String, Long>> measures = new LinkedHashMap<>();
        for (String term : List.of("SHORT", "MEDIUM", "LONG")) {
            measures.put(term, new LinkedHashMap<>());
        }
        jdbc.sql("""
                SELECT term, status, count(*) AS n FROM programme_item WHERE facility_id = ANY (string_to_array(:ids, ',')::bigint[])
                 GROUP BY term, status ORDER BY term, status""")
            .param("ids", assessableList)
            .query((ResultSet rs) -> {
                measures.get(rs.getString("term")).put(rs.getString("status"), rs.getLong("n"));
            });
        long overdueMeasures = count("""
                SELECT count(*) FROM programme_item WHERE status IN ('PLANNED', 'IN_PROGRESS')
                   AND due_date < current_date AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])""", assessableList);
        long overdueActions = filtered ? count("""
                SELECT count(*) FROM wg_action WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date < current_date
                   AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])""", idList)
                : jdbc.sql("""
                        SELECT count(*) FROM wg_action WHERE status IN ('OPEN', 'IN_PROGRESS')
                           AND due_date < current_date""").query(Long.class).single();
        return new Indicators(ids.size(), hazard, risk, transboundary, assessed, levels, measures, overdueMeasures,
                overdueActions, undetermined);
    }

    private Map<String, Long> classes(String index, String idList) {
        Map<String, Long> counts = new LinkedHashMap<>();
        classes.codes(index).forEach(c -> counts.put(c, 0L));
        counts.put(NOT_RATED, 0L);
        jdbc.sql("""
                SELECT coalesce(r.index_class, :notRated) AS class, count(*) AS n FROM facility f
                  LEFT JOIN facility_rating r ON r.facility_id = f.id AND r.index_code = :index
                 WHERE f.id = ANY (string_to_array(:ids, ',')::bigint[]) GROUP BY 1""")
            .param("ids", idList)
            .param("index", index)
            .param("notRated", NOT_RATED)
            .query((ResultSet rs) -> {
                counts.merge(rs.getString("class"), rs.getLong("n"), Long::sum);
            });
        return counts;
    }

    private static String idList(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private long count(String sql, String idList) {
        return jdbc.sql(sql).param("ids", idList).query(Long.class).single();
    }
}
