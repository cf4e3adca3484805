package org.tmfsafety.server.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.FacilityType;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.server.facility.Facility.OrganisationRef;
import org.tmfsafety.server.facility.FacilityPermissions.FacilityScope;
import org.tmfsafety.server.system.LocalizedName;
import org.tmfsafety.server.system.PageResult;

/** Reads and writes facilities with plain SQL through {@link JdbcClient}. */
@Repository
public class FacilityRepository {

    private static final String SELECT = """
            SELECT f.*,
                   op.name AS op_name, op.name_ru AS op_name_ru, op.name_kk AS op_name_kk,
                   au.name AS au_name, au.name_ru AS au_name_ru, au.name_kk AS au_name_kk,
                   thi.value AS thi_value, thi.index_class AS thi_class, tri.value AS tri_value, tri.index_class AS tri_class,
                   thi.value_low AS thi_low, thi.class_low AS thi_class_low, thi.completeness AS thi_completeness,
                   tri.value_low AS tri_low, tri.class_low AS tri_class_low, tri.completeness AS tri_completeness,
                   thi.profile_id AS rating_profile_id, thi.profile_version AS rating_profile_version,
                   tb.potential_effect AS tb_effect, tb.first_foreign_country AS tb_first,
                   tb.along_river_km_to_border AS tb_along, tb.border_distance_km AS tb_border,
                   tb.nearest_foreign_country AS tb_nearest,
                   (tb.result -> 'criteriaMet') @> '["DOWNSTREAM_CROSSING"]' AS tb_crossing,
                   (tb.result -> 'criteriaMet') @> '["BORDER_DISTANCE"]' AS tb_border_met,
                   CAST(tb.result ->> 'snapDistanceKm' AS DOUBLE PRECISION) AS tb_snap,
                   CAST(tb.result ->> 'maxSnapKm' AS DOUBLE PRECISION) AS tb_max_snap, tb.verdict AS tb_verdict,
                   tb.undetermined AS tb_undetermined,
                   coalesce(tb.result -> 'downstream' -> 'route' ->> 'reachesNetwork' = 'true', false) AS tb_route_joins
              FROM facility f
              LEFT JOIN organisation op ON op.id = f.operator_id
              LEFT JOIN organisation au ON au.id = f.authority_id
              LEFT JOIN facility_rating thi ON thi.facility_id = f.id AND thi.index_code = 'THI'
              LEFT JOIN facility_rating tri ON tri.facility_id = f.id AND tri.index_code = 'TRI'
              LEFT JOIN facility_transboundary tb ON tb.facility_id = f.id
            """;

    /** The facility with the tables the search filters on ({@link #where} refers to their aliases). */
    private static final String FILTERABLE = """
             FROM facility f
             LEFT JOIN organisation op ON op.id = f.operator_id
             LEFT JOIN facility_rating thi ON thi.facility_id = f.id AND thi.index_code = 'THI'
             LEFT JOIN facility_rating tri ON tri.facility_id = f.id AND tri.index_code = 'TRI'
             LEFT JOIN facility_transboundary tb ON tb.facility_id = f.id
            """;

    private static final String COLUMNS = """
            name = :name, name_ru = :nameRu, name_kk = :nameKk, site_name = :siteName,
            operator_id = :operatorId, authority_id = :authorityId, country = :country, region = :region,
            latitude = :latitude, longitude = :longitude, location_approximate = :locationApproximate,
            status = :status, facility_type = :facilityType, dam_raise_method = :damRaiseMethod,
            dam_height_m = :damHeightM, crest_length_m = :crestLengthM, impoundment_area_ha = :impoundmentAreaHa,
            stored_volume_m3 = :storedVolumeM3, design_capacity_m3 = :designCapacityM3,
            stored_tonnage_t = :storedTonnageT, design_tonnage_t = :designTonnageT,
            annual_ore_throughput_t = :annualOreThroughputT, throughput_years = :throughputYears,
            volume_approximate = :volumeApproximate, commodity = :commodity,
            hazardous_substances = :hazardousSubstances, water_hazard_class = :waterHazardClass,
            year_commissioned = :yearCommissioned, year_closed = :yearClosed,
            nearest_watercourse = :nearestWatercourse, data_sources = :dataSources, notes = :notes,
            published = :published, management_status = :managementStatus, flood_hazard = :floodHazard,
            seismic_hazard = :seismicHazard, dam_condition = :damCondition, population_at_risk = :populationAtRisk,
            drinking_water_abstraction = :drinkingWaterAbstraction, protected_area_downstream = :protectedAreaDownstream,
            transboundary_setting = :transboundarySetting, distance_to_surface_water_km = :distanceToSurfaceWaterKm
            """;

    private final JdbcClient jdbc;

    FacilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns one page of the facilities matching the search, sorted as asked; archived ones are never listed. */
    public PageResult<Facility> search(FacilitySearch search, FacilityScope scope, Locale locale) {
        return page(search, scope, locale, false);
    }

    /** Returns one page of the archived facilities matching the search, sorted as asked. */
    public PageResult<Facility> searchArchived(FacilitySearch search, Locale locale) {
        return page(search, FacilityScope.ALL, locale, true);
    }

    private PageResult<Facility> page(FacilitySearch search, FacilityScope scope, Locale locale, boolean archived) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, archived, params);
        long total = jdbc.sql("SELECT count(*)" + FILTERABLE + where).params(params).query(Long.class).single();
        String direction = search.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
        String order = " ORDER BY " + search.sortColumn().order(locale, direction) + ", f.code ASC";
        params.put("limit", search.getSize());
        params.put("offset", (long) search.getPage() * search.getSize());
        // The page's ids first (a narrow sort), then their full rows: sorting every wide row for one page cost
        // ~75 ms at 30,000 facilities (docs/performance.md).
        List<Long> ids = jdbc.sql("SELECT f.id" + FILTERABLE + where + order + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(Long.class)
            .list();
        List<Facility> items = byIds(ids);
        return new PageResult<>(items, total, search.getPage(), search.getSize());
    }

    /**
     * Returns the rating inputs of the facilities with the given ids, in the order of the ids, in one narrow read: the
     * facility's own columns the indices use and three fields of its screening result, without the organisations, the
     * stored ratings or the facility's other columns (docs/performance.md).
     */
    List<RatingInputs> ratingInputs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RatingInputs> found = new HashMap<>();
        jdbc.sql("""
                SELECT f.id, f.code, f.name, f.name_ru, f.name_kk, f.status, f.stored_volume_m3, f.design_capacity_m3,
                       f.stored_tonnage_t, f.design_tonnage_t, f.impoundment_area_ha, f.dam_height_m,
                       f.annual_ore_throughput_t, f.throughput_years, f.water_hazard_class, f.management_status,
                       f.flood_hazard, f.seismic_hazard, f.dam_condition, f.population_at_risk,
                       f.drinking_water_abstraction, f.protected_area_downstream, f.transboundary_setting,
                       f.distance_to_surface_water_km, tb.facility_id IS NOT NULL AS tb_screened,
                       coalesce((tb.result -> 'criteriaMet') @> '["DOWNSTREAM_CROSSING"]', false) AS tb_crossing,
                       coalesce((tb.result -> 'criteriaMet') @> '["BORDER_DISTANCE"]', false) AS tb_border_met,
                       CAST(tb.result ->> 'snapDistanceKm' AS DOUBLE PRECISION) AS tb_snap,
                       coalesce(tb.result -> 'downstream' -> 'route' ->> 'reachesNetwork' = 'true', false) AS tb_route_joins
                  FROM facility f
                  LEFT JOIN facility_transboundary tb ON tb.facility_id = f.id
                 WHERE f.id = ANY (string_to_array(:ids, ',')::bigint[])
                """)
            .param("ids", String.join(",", ids.stream().map(String::valueOf).toList()))
            .query(FacilityRepository::ratingInputs)
            .list()
            .forEach(inputs -> found.put(inputs.id(), inputs));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private static RatingInputs ratingInputs(ResultSet rs, int row) throws SQLException {
        Double snap = rs.getObject("tb_snap", Double.class);
        TransboundarySetting screened = rs.getBoolean("tb_screened") ? TransboundarySummary
            .setting(rs.getBoolean("tb_crossing"), rs.getBoolean("tb_border_met"), snap, rs.getBoolean("tb_route_joins"))
            .orElse(null) : null;
        return new RatingInputs(rs.getLong("id"), rs.getString("code"),
                new LocalizedName(rs.getString("name"), rs.getString("name_ru"), rs.getString("name_kk")),
                FacilityStatus.valueOf(rs.getString("status")), rs.getObject("stored_volume_m3", Double.class),
                rs.getObject("design_capacity_m3", Double.class), rs.getObject("stored_tonnage_t", Double.class),
                rs.getObject("design_tonnage_t", Double.class), rs.getObject("impoundment_area_ha", Double.class),
                rs.getObject("dam_height_m", Double.class), rs.getObject("annual_ore_throughput_t", Double.class),
                rs.getObject("throughput_years", Integer.class),
                WaterHazardClass.valueOf(rs.getString("water_hazard_class")), riskInputs(rs), screened, snap);
    }

    /** The facilities with the given ids, in the order of the ids. */
    private List<Facility> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Facility> found = new HashMap<>();
        jdbc.sql(SELECT + " WHERE f.id = ANY (string_to_array(:ids, ',')::bigint[])")
            .param("ids", String.join(",", ids.stream().map(String::valueOf).toList()))
            .query(FacilityRepository::map)
            .list()
            .forEach(facility -> found.put(facility.id(), facility));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String where(FacilitySearch search, FacilityScope scope, boolean archived,
            Map<String, Object> params) {
        StringBuilder where = new StringBuilder(archived ? " WHERE f.archived_at IS NOT NULL" : " WHERE f.archived_at IS NULL");
        if (!scope.all()) {
            if (scope.organisationIds().isEmpty()) {
                where.append(" AND f.published");
            }
            else {
                params.put("scopeOrganisations", scope.organisationIds());
                where.append(" AND (f.published OR f.operator_id IN (:scopeOrganisations))");
            }
        }
        if (search.getQ() != null) {
            params.put("q", "%" + search.getQ().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" AND (f.code ILIKE :q OR f.name ILIKE :q OR f.name_ru ILIKE :q OR f.name_kk ILIKE :q"
                    + " OR f.site_name ILIKE :q OR op.name ILIKE :q OR op.name_ru ILIKE :q OR op.name_kk ILIKE :q)");
        }
        if (search.getCountry() != null) {
            params.put("country", search.getCountry());
            where.append(" AND f.country = :country");
        }
        if (search.getRegion() != null) {
            params.put("region", search.getRegion());
            where.append(" AND lower(f.region) = lower(:region)");
        }
        if (search.getStatus() != null) {
            params.put("status", search.getStatus().name());
            where.append(" AND f.status = :status");
        }
        if (search.getOperatorId() != null) {
            params.put("operatorId", search.getOperatorId());
            where.append(" AND f.operator_id = :operatorId");
        }
        if (search.getHazardClass() != null) {
            params.put("hazardClass", search.getHazardClass());
            where.append(" AND thi.index_class = :hazardClass");
        }
        if (search.getRiskClass() != null) {
            params.put("riskClass", search.getRiskClass());
            where.append(" AND tri.index_class = :riskClass");
        }
        if (search.getRated() != null) {
            where.append(search.getRated() ? " AND thi.facility_id IS NOT NULL" : " AND thi.facility_id IS NULL");
        }
        if (search.getTransboundary() != null) {
            where.append(search.getTransboundary() ? " AND tb.verdict = 'POTENTIAL_EFFECT'"
                    : " AND tb.verdict = 'NO_EFFECT_FOUND'");
        }
        if (search.getVerdict() != null) {
            params.put("verdict", search.getVerdict().name());
            where.append(" AND tb.verdict = :verdict");
        }
        return where.toString();
    }

    /**
     * A facility as a point on the map.
     *
     * @param id the facility id
     * @param code its code
     * @param name its name in the requested language
     * @param latitude WGS84 latitude
     * @param longitude WGS84 longitude
     * @param status its status
     * @param thi its THI, or null
     * @param hazardClass the THI class, or null
     * @param tri its TRI, or null
     * @param riskClass the TRI class, or null
     * @param transboundary the transboundary verdict (POTENTIAL_EFFECT, NO_EFFECT_FOUND, UNDETERMINED), or null
     * @param country ISO 3166-1 alpha-3 of the registry's country of the facility
     * @param published whether the facility is published
     */
    public record MapFeature(long id, String code, String name, double latitude, double longitude, String status, Double thi,
            String hazardClass, Double tri, String riskClass, String transboundary, String country, boolean published) {

        /** The facility as a map point, its name in the given language. */
        public static MapFeature of(Facility facility, Locale locale) {
            RatingSummary rating = facility.rating();
            return new MapFeature(facility.id(), facility.code(), facility.displayName(locale), facility.latitude(),
                    facility.longitude(), facility.status().name(), rating.thi(), rating.hazardClass(), rating.tri(),
                    rating.riskClass(), facility.transboundary() == null ? null : facility.transboundary().verdict().name(),
                    facility.country(), facility.published());
        }
    }

    /**
     * A value that changes whenever a facility, a rating or a transboundary result is created, changed or deleted
     * (counts and latest change times, each read from an index).
     */
    public String dataVersion() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM facility) || ':' || coalesce((SELECT max(updated_at) FROM facility)::text, '')
                    || ':' || (SELECT count(*) FROM facility_rating)
                    || ':' || coalesce((SELECT max(computed_at) FROM facility_rating)::text, '')
                    || ':' || (SELECT count(*) FROM facility_transboundary)
                    || ':' || coalesce((SELECT max(computed_at) FROM facility_transboundary)::text, '')""")
            .query(String.class)
            .single();
    }

    /** Returns the ids of all facilities matching the search (no paging) that the scope may see, archived ones not. */
    public List<Long> ids(FacilitySearch search, FacilityScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, false, params);
        return jdbc.sql("SELECT f.id" + FILTERABLE + where)
            .params(params)
            .query(Long.class)
            .list();
    }

    /** Returns every facility the scope may see, archived ones not, in no particular order. */
    public List<Facility> all(FacilityScope scope) {
        return byIds(ids(new FacilitySearch(), scope));
    }

    /** Returns all facilities matching the search (no paging), archived ones not, as map points in the language. */
    public List<MapFeature> features(FacilitySearch search, FacilityScope scope, Locale locale) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, false, params);
        return jdbc.sql("""
                SELECT f.id, f.code, f.name, f.name_ru, f.name_kk, f.latitude, f.longitude, f.status,
                       thi.value AS thi_value, thi.index_class AS thi_class, tri.value AS tri_value, tri.index_class AS tri_class,
                       tb.verdict AS tb_verdict, f.country, f.published
                """ + FILTERABLE + where + " ORDER BY f.id")
            .params(params)
            .query((rs, row) -> new MapFeature(rs.getLong("id"), rs.getString("code"),
                    new LocalizedName(rs.getString("name"), rs.getString("name_ru"), rs.getString("name_kk")).in(locale),
                    rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("status"),
                    rs.getObject("thi_value", Double.class), rs.getString("thi_class"), rs.getObject("tri_value", Double.class),
                    rs.getString("tri_class"), rs.getString("tb_verdict"), rs.getString("country"),
                    rs.getBoolean("published")))
            .list();
    }

    /** Returns the facility with the given code. */
    public Optional<Facility> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE f.code = :code").param("code", code).query(FacilityRepository::map).optional();
    }

    /** Returns the facility with the given id. */
    public Optional<Facility> findById(long id) {
        return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query(FacilityRepository::map).optional();
    }

    /** Returns the current version of a facility, or empty when it does not exist. */
    public OptionalInt currentVersion(long id) {
        return jdbc.sql("SELECT version FROM facility WHERE id = :id")
            .param("id", id)
            .query(Integer.class)
            .optional()
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
    }

    /** Returns whether another facility than {@code exceptId} uses the code. */
    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM facility WHERE code = :code AND id IS DISTINCT FROM :id")
            .param("code", code)
            .param("id", exceptId)
            .query(Long.class)
            .single() > 0;
    }

    /** Returns whether the code is an archived facility's. */
    public boolean codeArchived(String code) {
        return jdbc.sql("SELECT count(*) FROM facility WHERE code = :code AND archived_at IS NOT NULL")
            .param("code", code)
            .query(Long.class)
            .single() > 0;
    }

    /**
     * Returns the next free code {@code PREFIX-NNNN} for the prefix, skipping codes given by hand and codes that
     * deleted facilities gave up ({@code facility_code_retired}), so that a code is never handed out twice. Must run
     * in a transaction: the prefix's counter row ({@code facility_code_counter}) stays locked until it ends, so that
     * concurrent creations get different codes. The counter starts from the highest code used the first time.
     */
    public String nextCode(String prefix) {
        while (true) {
            Integer number = jdbc.sql("""
                    UPDATE facility_code_counter SET last_number = last_number + 1 WHERE prefix = :prefix
                    RETURNING last_number""").param("prefix", prefix).query(Integer.class).optional().orElse(null);
            if (number == null) {
                number = jdbc.sql("""
                        INSERT INTO facility_code_counter (prefix, last_number)
                        SELECT :prefix, coalesce(max(substring(code FROM '^' || :prefix || '-([0-9]{1,9})$')::int), 0) + 1
                          FROM (SELECT code FROM facility UNION ALL SELECT code FROM facility_code_retired) used
                         WHERE code LIKE :prefix || '-%'
                        ON CONFLICT (prefix) DO UPDATE SET last_number = facility_code_counter.last_number + 1
                        RETURNING last_number""").param("prefix", prefix).query(Integer.class).single();
            }
            String code = String.format(Locale.ROOT, "%s-%04d", prefix, number);
            boolean used = jdbc.sql("""
                    SELECT EXISTS (SELECT 1 FROM facility WHERE code = :code)
                        OR EXISTS (SELECT 1 FROM facility_code_retired WHERE code = :code)""")
                .param("code", code)
                .query(Boolean.class)
                .single();
            if (!used) {
                return code;
            }
        }
    }

    /**
     * Returns the distinct regions of the facilities that the scope may see, optionally within one country, in
     * alphabetical order: the options of the region filters, drawn from the facilities the list itself would show
     * (the same {@link #where} condition), so that they reveal no value of a facility hidden from the reader.
     */
    public List<String> regions(String country, FacilityScope scope) {
        FacilitySearch search = new FacilitySearch();
        search.setCountry(country);
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, false, params);
        return jdbc.sql("SELECT DISTINCT f.region" + FILTERABLE + where + " AND f.region IS NOT NULL ORDER BY f.region")
            .params(params)
            .query(String.class)
            .list();
    }

    /** Inserts a facility with the given code and returns its id. */
    public long insert(String code, FacilityInput input) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO facility (code, name, name_ru, name_kk, site_name, operator_id, authority_id, country,
                    region, latitude, longitude, location_approximate, status, facility_type, dam_raise_method,
                    dam_height_m, crest_length_m, impoundment_area_ha, stored_volume_m3, design_capacity_m3,
                    stored_tonnage_t, design_tonnage_t, annual_ore_throughput_t, throughput_years, volume_approximate, commodity, hazardous_substances, water_hazard_class, year_commissioned,
                    year_closed, nearest_watercourse, data_sources, notes, published, management_status, flood_hazard,
                    seismic_hazard, dam_condition, population_at_risk, drinking_water_abstraction,
                    protected_area_downstream, transboundary_setting, distance_to_surface_water_km)
                VALUES (:code, :name, :nameRu, :nameKk, :siteName, :operatorId, :authorityId, :country,
                    :region, :latitude, :longitude, :locationApproximate, :status, :facilityType, :damRaiseMethod,
                    :damHeightM, :crestLengthM, :impoundmentAreaHa, :storedVolumeM3, :designCapacityM3,
                    :storedTonnageT, :designTonnageT, :annualOreThroughputT, :throughputYears, :volumeApproximate, :commodity, :hazardousSubstances, :waterHazardClass, :yearCommissioned,
                    :yearClosed, :nearestWatercourse, :dataSources, :notes, :published, :managementStatus, :floodHazard,
                    :seismicHazard, :damCondition, :populationAtRisk, :drinkingWaterAbstraction,
                    :protectedAreaDownstream, :transboundarySetting, :distanceToSurfaceWaterKm)
                """).params(parameters(input)).param("code", code).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Updates a facility if it still has the expected version.
     * @return whether a row was updated; false when the facility is gone or was changed meanwhile
     */
    public boolean update(long id, int expectedVersion, String code, FacilityInput input) {
        return jdbc.sql("UPDATE facility SET code = :code, " + COLUMNS
                + ", version = version + 1, updated_at = now() WHERE id = :id AND version = :expectedVersion")
            .params(parameters(input))
            .param("code", code)
            .param("id", id)
            .param("expectedVersion", expectedVersion)
            .update() == 1;
    }

    /**
     * Locks the facility's row until the transaction ends. Records that refer to the facility cannot be added
     * meanwhile (their foreign key check waits for the lock), so {@link #keptRecords} stays true until the
     * facility is deleted or archived.
     * @return whether the facility exists
     */
    public boolean lock(long id) {
        return jdbc.sql("SELECT id FROM facility WHERE id = :id FOR UPDATE")
            .param("id", id)
            .query(Long.class)
            .optional()
            .isPresent();
    }

    /**
     * The records referring to a facility that must never be lost with it: every assessment (drafts hold answers
     * and attachments people entered), programme measures, working-group decisions and action items, incidents. The database
     * refuses to delete a facility that has any of them.
     *
     * @param assessments its assessments
     * @param programmeItems its programme measures
     * @param decisions working-group decisions linked to it
     * @param actions working-group action items linked to it
     * @param incidents incidents reported at it (with their notifications)
     * @param conventionRecords Annex I quantities and notices that a country was informed of its hazardous activity
     */
    public record KeptRecords(long assessments, long programmeItems, long decisions, long actions, long incidents,
            long conventionRecords) {

        /** Returns whether there is any, so that the facility is archived instead of deleted. */
        public boolean any() {
            return assessments + programmeItems + decisions + actions + incidents + conventionRecords > 0;
        }
    }

    /** Returns the records referring to the facility that must be kept. */
    public KeptRecords keptRecords(long id) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM assessment WHERE facility_id = :id) AS assessments,
                       (SELECT count(*) FROM programme_item WHERE facility_id = :id) AS programme_items,
                       (SELECT count(*) FROM wg_decision_facility WHERE facility_id = :id) AS decisions,
                       (SELECT count(*) FROM wg_action WHERE facility_id = :id) AS actions,
                       (SELECT count(*) FROM incident WHERE facility_id = :id) AS incidents,
                       (SELECT count(*) FROM annex1_quantity WHERE facility_id = :id)
                     + (SELECT count(*) FROM hazardous_activity_notice WHERE facility_id = :id) AS convention_records""")
            .param("id", id)
            .query((rs, row) -> new KeptRecords(rs.getLong("assessments"), rs.getLong("programme_items"),
                    rs.getLong("decisions"), rs.getLong("actions"), rs.getLong("incidents"),
                    rs.getLong("convention_records")))
            .single();
    }

    /**
     * Archives a facility that is not archived yet.
     * @return whether it was archived
     */
    public boolean archive(long id, String by) {
        return jdbc.sql("""
                UPDATE facility SET archived_at = now(), archived_by = :by, version = version + 1, updated_at = now()
                 WHERE id = :id AND archived_at IS NULL""")
            .param("id", id)
            .param("by", by)
            .update() == 1;
    }

    /**
     * Restores an archived facility.
     * @return whether it was restored
     */
    public boolean restore(long id) {
        return jdbc.sql("""
                UPDATE facility SET archived_at = NULL, archived_by = NULL, version = version + 1, updated_at = now()
                 WHERE id = :id AND archived_at IS NOT NULL""")
            .param("id", id)
            .update() == 1;
    }

    /**
     * Deletes a facility, if given only when it still has the expected version.
     * @return whether a row was deleted
     */
    public boolean delete(long id, Integer expectedVersion) {
        return jdbc.sql("DELETE FROM facility WHERE id = :id AND (CAST(:version AS INTEGER) IS NULL OR version = :version)")
            .param("id", id)
            .param("version", expectedVersion)
            .update() == 1;
    }

    /** Returns the number of facilities. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM facility").query(Long.class).single();
    }

    private static Map<String, Object> parameters(FacilityInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", in.getName());
        p.put("nameRu", in.getNameRu());
        p.put("nameKk", in.getNameKk());
        p.put("siteName", in.getSiteName());
        p.put("operatorId", in.getOperatorId());
        p.put("authorityId", in.getAuthorityId());
        p.put("country", in.getCountry());
        p.put("region", in.getRegion());
        p.put("latitude", in.getLatitude());
        p.put("longitude", in.getLongitude());
        p.put("locationApproximate", in.isLocationApproximate());
        p.put("status", in.getStatus().name());
        p.put("facilityType", in.getFacilityType() == null ? null : in.getFacilityType().name());
        p.put("damRaiseMethod", in.getDamRaiseMethod().name());
        p.put("damHeightM", in.getDamHeightM());
        p.put("crestLengthM", in.getCrestLengthM());
        p.put("impoundmentAreaHa", in.getImpoundmentAreaHa());
        p.put("storedVolumeM3", in.getStoredVolumeM3());
        p.put("designCapacityM3", in.getDesignCapacityM3());
        p.put("storedTonnageT", in.getStoredTonnageT());
        p.put("designTonnageT", in.getDesignTonnageT());
        p.put("annualOreThroughputT", in.getAnnualOreThroughputT());
        p.put("throughputYears", in.getThroughputYears());
        p.put("volumeApproximate", in.isVolumeApproximate());
        p.put("commodity", in.getCommodity());
        p.put("hazardousSubstances", in.getHazardousSubstances());
        p.put("waterHazardClass", in.getWaterHazardClass().name());
        p.put("yearCommissioned", in.getYearCommissioned());
        p.put("yearClosed", in.getYearClosed());
        p.put("nearestWatercourse", in.getNearestWatercourse());
        p.put("dataSources", in.getDataSources());
        p.put("notes", in.getNotes());
        p.put("published", Boolean.TRUE.equals(in.getPublished()));
        p.put("managementStatus", name(in.getManagementStatus()));
        p.put("floodHazard", name(in.getFloodHazard()));
        p.put("seismicHazard", name(in.getSeismicHazard()));
        p.put("damCondition", name(in.getDamCondition()));
        p.put("populationAtRisk", in.getPopulationAtRisk());
        p.put("drinkingWaterAbstraction", in.getDrinkingWaterAbstraction());
        p.put("protectedAreaDownstream", in.getProtectedAreaDownstream());
        p.put("transboundarySetting", name(in.getTransboundarySetting()));
        p.put("distanceToSurfaceWaterKm", in.getDistanceToSurfaceWaterKm());
        return p;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Facility map(ResultSet rs, int row) throws SQLException {
        return new Facility(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_ru"),
                rs.getString("name_kk"), rs.getString("site_name"),
                organisation(rs, "operator_id", "op_"), organisation(rs, "authority_id", "au_"),
                rs.getString("country"), rs.getString("region"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getBoolean("location_approximate"), FacilityStatus.valueOf(rs.getString("status")),
                enumOrNull(FacilityType.class, rs.getString("facility_type")),
                DamRaiseMethod.valueOf(rs.getString("dam_raise_method")), rs.getObject("dam_height_m", Double.class),
                rs.getObject("crest_length_m", Double.class), rs.getObject("impoundment_area_ha", Double.class),
                rs.getObject("stored_volume_m3", Double.class), rs.getObject("design_capacity_m3", Double.class),
                rs.getObject("stored_tonnage_t", Double.class), rs.getObject("design_tonnage_t", Double.class),
                rs.getObject("annual_ore_throughput_t", Double.class), rs.getObject("throughput_years", Integer.class),
                rs.getBoolean("volume_approximate"), rs.getString("commodity"), rs.getString("hazardous_substances"),
                WaterHazardClass.valueOf(rs.getString("water_hazard_class")),
                rs.getObject("year_commissioned", Integer.class), rs.getObject("year_closed", Integer.class),
                rs.getString("nearest_watercourse"), rs.getString("data_sources"), rs.getString("notes"),
                rs.getBoolean("published"), riskInputs(rs), rating(rs), transboundary(rs), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("archived_at", OffsetDateTime.class),
                rs.getString("archived_by"));
    }

    private static RiskInputs riskInputs(ResultSet rs) throws SQLException {
        return new RiskInputs(enumOrNull(ManagementStatus.class, rs.getString("management_status")),
                enumOrNull(FloodHazard.class, rs.getString("flood_hazard")),
                enumOrNull(SeismicHazard.class, rs.getString("seismic_hazard")),
                enumOrNull(DamCondition.class, rs.getString("dam_condition")),
                rs.getObject("population_at_risk", Integer.class), rs.getObject("drinking_water_abstraction", Boolean.class),
                rs.getObject("protected_area_downstream", Boolean.class),
                enumOrNull(TransboundarySetting.class, rs.getString("transboundary_setting")),
                rs.getObject("distance_to_surface_water_km", Double.class));
    }

    private static RatingSummary rating(ResultSet rs) throws SQLException {
        return new RatingSummary(rs.getObject("thi_value", Double.class), rs.getString("thi_class"),
                rs.getObject("tri_value", Double.class), rs.getString("tri_class"), rs.getString("rating_profile_id"),
                rs.getObject("rating_profile_version", Integer.class), rs.getObject("thi_low", Double.class),
                rs.getString("thi_class_low"), rs.getObject("thi_completeness", Double.class),
                rs.getObject("tri_low", Double.class), rs.getString("tri_class_low"),
                rs.getObject("tri_completeness", Double.class));
    }

    private static TransboundarySummary transboundary(ResultSet rs) throws SQLException {
        Boolean effect = rs.getObject("tb_effect", Boolean.class);
        return effect == null ? null : new TransboundarySummary(effect, rs.getString("tb_first"),
                rs.getObject("tb_along", Double.class), rs.getObject("tb_border", Double.class), rs.getString("tb_nearest"),
                rs.getBoolean("tb_crossing"), rs.getBoolean("tb_border_met"), rs.getObject("tb_snap", Double.class),
                rs.getBoolean("tb_route_joins"), rs.getObject("tb_max_snap", Double.class),
                TransboundarySummary.Verdict.valueOf(rs.getString("tb_verdict")), rs.getString("tb_undetermined"));
    }

    private static OrganisationRef organisation(ResultSet rs, String idColumn, String prefix) throws SQLException {
        Long id = rs.getObject(idColumn, Long.class);
        return id == null ? null : new OrganisationRef(id, rs.getString(prefix + "name"),
                rs.getString(prefix + "name_ru"), rs.getString(prefix + "name_kk"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

}
