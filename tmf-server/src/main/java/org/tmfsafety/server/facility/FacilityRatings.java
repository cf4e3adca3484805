package org.tmfsafety.server.facility;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.methodology.index.FacilityRating;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.index.InputValue;
import org.tmfsafety.methodology.index.IndexResult;
import org.tmfsafety.methodology.index.Term;
import org.tmfsafety.methodology.index.Tightener;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.server.facility.FacilityPermissions.FacilityScope;
import org.tmfsafety.server.methodology.MethodologyProfiles;
import org.tmfsafety.server.transboundary.TransboundaryResultsChanged;

/**
 * Rates facilities with the default methodology profile: THI and TRI from the facility's rating inputs
 * ({@link RatingInputs}), stored with the profile id and version (the derivation is recomputed when shown). A facility
 * is re-rated whenever it changes,
 * and at start-up when its rating is missing or was made with another profile. A facility that cannot
 * be rated (no size information at all) keeps no rating, is listed apart and says why on its page.
 */
@Component
public class FacilityRatings {

    /** How many facilities one rating statement writes. */
    private static final int CHUNK = 1_000;

    /**
     * How many chunks a re-rating of the registry writes at once, each on its own connection and in its own
     * transaction: PostgreSQL runs one statement on one core, so a second connection keeps the second core busy while
     * the first waits for its upsert (docs/performance.md).
     */
    private static final int PARALLEL_CHUNKS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final Logger log = LoggerFactory.getLogger(FacilityRatings.class);

    private final JdbcClient jdbc;

    private final MethodologyProfiles profiles;

    private final FacilityRepository facilities;

    private final TransactionTemplate transactions;

    FacilityRatings(JdbcClient jdbc, MethodologyProfiles profiles, FacilityRepository facilities,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.facilities = facilities;
    }

    /**
     * A stored rating with its derivation.
     *
     * @param index {@code THI} or {@code TRI}
     * @param value the index value (the upper bound when inputs are unknown)
     * @param indexClass its class
     * @param profileId the profile that produced it
     * @param profileVersion that profile's version
     * @param provisional whether provisional values were used
     * @param terms the derivation trail (recomputed when read, see {@link FacilityRatings#ratings})
     * @param computedAt when it was computed
     * @param low the lower bound (equal to the value when every input is known)
     * @param lowClass the class of the lower bound
     * @param completeness the share of the index's possible points resting on known inputs, or null for a rating
     *        made before completeness was recorded
     * @param tighteners the unknown inputs ordered by how far each could move the index (recomputed when read, as the
     *        derivation)
     */
    public record StoredRating(String index, double value, String indexClass, String profileId, int profileVersion,
            boolean provisional, List<Term> terms, OffsetDateTime computedAt, double low, String lowClass,
            Double completeness, List<Tightener> tighteners) {

        /** The same rating with its derivation and tighteners, recomputed. */
        StoredRating with(IndexResult recomputed) {
            return new StoredRating(index, value, indexClass, profileId, profileVersion, provisional,
                    recomputed.terms(), computedAt, low, lowClass, completeness, recomputed.tighteners());
        }

        /** Returns whether the bounds fall in different classes, so that the class is a range. */
        public boolean classRange() {
            return !lowClass.equals(indexClass);
        }

        /** Returns whether the bounds differ at the shown precision (two decimals). */
        public boolean interval() {
            return Math.round(low * 100) != Math.round(value * 100);
        }

    }

    /** Computes and stores the facility's ratings, or removes them when it cannot be rated. */
    void rate(Facility facility) {
        rateAll(List.of(RatingInputs.of(facility)));
    }

    /**
     * Rates facilities in one statement per chunk: every index the profile defines is computed in Java and the results
     * are written set-based, each column as one array parameter, so that re-rating
     * a whole registry on a profile upgrade costs a few statements per thousand facilities rather than three per
     * facility (docs/performance.md).
     */
    private void rateAll(List<RatingInputs> chunk) {
        FacilityRating rating = new FacilityRating(profiles.defaultProfile());
        Columns rows = new Columns();
        List<Long> unrated = new ArrayList<>();
        for (RatingInputs facility : chunk) {
            List<IndexResult> results = compute(rating, facility);
            if (results.isEmpty()) {
                unrated.add(facility.id());
            }
            for (IndexResult result : results) {
                rows.add(facility.id(), result);
            }
        }
        if (!unrated.isEmpty()) {
            jdbc.sql("DELETE FROM facility_rating WHERE facility_id = ANY (string_to_array(:ids, ',')::bigint[])")
                .param("ids", String.join(",", unrated.stream().map(String::valueOf).toList()))
                .update();
        }
        if (rows.facilityIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO facility_rating (facility_id, index_code, value, index_class, profile_id, profile_version,
                                             provisional, computed_at, value_low, class_low, completeness)
                SELECT r.facility_id, r.index_code, r.value, r.index_class, r.profile_id, r.profile_version, r.provisional,
                       now(), r.value_low, r.class_low, r.completeness
                  FROM ROWS FROM (unnest(string_to_array(:facilityIds, ',')::bigint[]),
                       unnest(string_to_array(:indexCodes, ',')),
                       unnest(string_to_array(:values, ',')::double precision[]),
                       unnest(string_to_array(:classes, ',')), unnest(string_to_array(:profileIds, ',')),
                       unnest(string_to_array(:profileVersions, ',')::integer[]),
                       unnest(string_to_array(:provisionals, ',')::boolean[]),
                       unnest(string_to_array(:lows, ',')::double precision[]), unnest(string_to_array(:lowClasses, ',')),
                       unnest(string_to_array(:completenesses, ',')::double precision[]))
                       AS r(facility_id, index_code, value, index_class, profile_id, profile_version, provisional,
                            value_low, class_low, completeness)
                ON CONFLICT (facility_id, index_code) DO UPDATE SET value = EXCLUDED.value,
                    index_class = EXCLUDED.index_class, profile_id = EXCLUDED.profile_id,
                    profile_version = EXCLUDED.profile_version, provisional = EXCLUDED.provisional,
                    computed_at = EXCLUDED.computed_at, value_low = EXCLUDED.value_low,
                    class_low = EXCLUDED.class_low, completeness = EXCLUDED.completeness
                """)
            .params(rows.params())
            .update();
    }

    /** The columns of the ratings one statement writes, each as the text of an array in row order. */
    private static final class Columns {

        private final List<String> facilityIds = new ArrayList<>();

        private final List<String> indexCodes = new ArrayList<>();

        private final List<String> values = new ArrayList<>();

        private final List<String> classes = new ArrayList<>();

        private final List<String> profileIds = new ArrayList<>();

        private final List<String> profileVersions = new ArrayList<>();

        private final List<String> provisionals = new ArrayList<>();

        private final List<String> lows = new ArrayList<>();

        private final List<String> lowClasses = new ArrayList<>();

        private final List<String> completenesses = new ArrayList<>();

        void add(long facilityId, IndexResult result) {
            facilityIds.add(String.valueOf(facilityId));
            indexCodes.add(result.index());
            values.add(String.valueOf(result.high()));
            classes.add(result.highClass());
            profileIds.add(result.profile().id());
            profileVersions.add(String.valueOf(result.profile().version()));
            provisionals.add(String.valueOf(result.provisional()));
            lows.add(String.valueOf(result.low()));
            lowClasses.add(result.lowClass());
            completenesses.add(String.valueOf(result.completeness()));
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("facilityIds", String.join(",", facilityIds));
            params.put("indexCodes", String.join(",", indexCodes));
            params.put("values", String.join(",", values));
            params.put("classes", String.join(",", classes));
            params.put("profileIds", String.join(",", profileIds));
            params.put("profileVersions", String.join(",", profileVersions));
            params.put("provisionals", String.join(",", provisionals));
            params.put("lows", String.join(",", lows));
            params.put("lowClasses", String.join(",", lowClasses));
            params.put("completenesses", String.join(",", completenesses));
            return params;
        }

    }

    /**
     * The management status that the registry status states by its definition ({@link FacilityStatus}): a facility in
     * operation is operated (by its operator, under the authority's supervision), a closed one is rehabilitated and
     * under after-care, an abandoned one has no responsible operator. Inactive and temporarily closed facilities say
     * nothing of it: unknown.
     */
    static Optional<ManagementStatus> managementFromStatus(FacilityStatus status) {
        return switch (status) {
            case ACTIVE -> Optional.of(ManagementStatus.OPERATED_SUPERVISED);
            case CLOSED -> Optional.of(ManagementStatus.CLOSED_MAINTAINED);
            case ABANDONED -> Optional.of(ManagementStatus.NO_RESPONSIBLE_OPERATOR);
            case INACTIVE, TEMPORARILY_CLOSED -> Optional.empty();
        };
    }

    /**
     * Rates one facility: its size facts give the stored volume or an estimate of it; the transboundary setting and the
     * distance to surface water come from the facility's own transboundary screening, and the management status from
     * its registry status, unless the user entered them (the trail names the source). No river within the snap distance leaves the distance and the setting unknown, never 0 km or "none".
     *
     * @return THI and TRI, or nothing when the facility has no size information or inputs the profile refuses
     */
    static List<IndexResult> compute(FacilityRating rating, RatingInputs facility) {
        Map<String, Object> inputs = facility.riskInputs().withVolumeAndToxicity(null, facility.waterHazardClass()).toMap();
        inputs.remove(FacilityRating.VOLUME_INPUT);
        if (inputs.get("transboundarySetting") == null && facility.screenedSetting() != null) {
            inputs.put("transboundarySetting",
                    InputValue.derived(facility.screenedSetting().name(), "TRANSBOUNDARY_SCREENING"));
        }
        if (inputs.get("distanceToSurfaceWaterKm") == null && facility.snapDistanceKm() != null) {
            inputs.put("distanceToSurfaceWaterKm", InputValue.derived(facility.snapDistanceKm(), "SNAP_DISTANCE"));
        }
        if (inputs.get("managementStatus") == null) {
            managementFromStatus(facility.status())
                .ifPresent(status -> inputs.put("managementStatus", InputValue.derived(status.name(), "REGISTRY_STATUS_"
                        + facility.status().name())));
        }
        try {
            if (rating.rate(facility.size(), inputs) instanceof FacilityRating.Rated rated) {
                return List.of(rated.thi(), rated.tri());
            }
            return List.of();
        }
        catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /**
     * Returns the stored ratings of a facility, THI first, each with its derivation. The derivation is recomputed from
     * the facility's inputs with the profile version that made the rating: the same trail as when it was made, since
     * every change of an input (and of the screening it derives inputs from) re-rates the facility at once. A rating
     * of a profile version the server no longer knows is shown without its trail.
     */
    public List<StoredRating> ratings(long facilityId) {
        List<StoredRating> stored = jdbc.sql("""
                SELECT index_code, value, index_class, profile_id, profile_version, provisional, computed_at,
                       value_low, class_low, completeness
                  FROM facility_rating WHERE facility_id = :id ORDER BY index_code
                """)
            .param("id", facilityId)
            .query((rs, row) -> new StoredRating(rs.getString("index_code"), rs.getDouble("value"),
                    rs.getString("index_class"), rs.getString("profile_id"), rs.getInt("profile_version"),
                    rs.getBoolean("provisional"), List.of(), rs.getObject("computed_at", OffsetDateTime.class),
                    rs.getDouble("value_low"), rs.getString("class_low"), rs.getObject("completeness", Double.class),
                    List.of()))
            .list();
        Optional<RatingInputs> facility = stored.isEmpty() ? Optional.empty()
                : facilities.ratingInputs(List.of(facilityId)).stream().findFirst();
        return stored.stream().map(rating -> facility
            .flatMap(f -> profiles.find(rating.profileId(), rating.profileVersion())
                .flatMap(profile -> compute(new FacilityRating(profile), f).stream()
                    .filter(result -> result.index().equals(rating.index()))
                    .findFirst()))
            .map(rating::with)
            .orElse(rating)).toList();
    }

    /**
     * Returns the tighteners of one index for each of the given facilities that has a rating, recomputed from the
     * facility's inputs with the profile version that made the rating (as the derivation is, see {@link #ratings});
     * none for a rating of a profile version the server no longer knows.
     */
    public Map<Long, List<Tightener>> tighteners(List<Long> facilityIds, String index) {
        Map<Long, List<Tightener>> byFacility = new HashMap<>();
        for (int from = 0; from < facilityIds.size(); from += CHUNK) {
            List<Long> chunk = facilityIds.subList(from, Math.min(facilityIds.size(), from + CHUNK));
            Map<Long, String> madeWith = new HashMap<>();
            jdbc.sql("""
                    SELECT facility_id, profile_id || ':' || profile_version AS profile FROM facility_rating
                     WHERE index_code = :index AND facility_id = ANY (string_to_array(:ids, ',')::bigint[])
                    """)
                .param("index", index)
                .param("ids", String.join(",", chunk.stream().map(String::valueOf).toList()))
                .query(rs -> {
                    madeWith.put(rs.getLong("facility_id"), rs.getString("profile"));
                });
            Map<String, Optional<FacilityRating>> ratingsByProfile = new HashMap<>();
            for (RatingInputs facility : facilities.ratingInputs(List.copyOf(madeWith.keySet()))) {
                String profile = madeWith.get(facility.id());
                int colon = profile.lastIndexOf(':');
                ratingsByProfile.computeIfAbsent(profile, key -> profiles
                    .find(profile.substring(0, colon), Integer.parseInt(profile.substring(colon + 1)))
                    .map(FacilityRating::new))
                    .ifPresent(rating -> compute(rating, facility).stream()
                        .filter(result -> result.index().equals(index))
                        .findFirst()
                        .ifPresent(result -> byFacility.put(facility.id(), result.tighteners())));
            }
        }
        return byFacility;
    }

    /**
     * Rates every facility of the scope under two profiles in memory, for one index, and counts how their classes
     * change (nothing is stored). Facilities are read in chunks of {@value #CHUNK}.
     */
    public ProfileComparison compare(MethodologyProfile from, MethodologyProfile to, String index, FacilityScope scope) {
        List<String> fromRanks = from.index(index).orElseThrow().classes().stream().map(c -> c.code()).toList();
        List<String> toRanks = to.index(index).orElseThrow().classes().stream().map(c -> c.code()).toList();
        FacilityRating fromRating = new FacilityRating(from);
        FacilityRating toRating = new FacilityRating(to);
        Map<String, Map<String, Long>> upper = new LinkedHashMap<>();
        Map<String, Map<String, Long>> lower = new LinkedHashMap<>();
        List<ProfileComparison.Change> changes = new ArrayList<>();
        long up = 0;
        long down = 0;
        long unchanged = 0;
        List<Long> ids = facilities.ids(new FacilitySearch(), scope);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            for (RatingInputs facility : facilities.ratingInputs(ids.subList(start, Math.min(ids.size(), start + CHUNK)))) {
                Optional<IndexResult> before = result(fromRating, facility, index);
                Optional<IndexResult> after = result(toRating, facility, index);
                String fromClass = before.map(IndexResult::highClass).orElse(ProfileComparison.NOT_RATEABLE);
                String toClass = after.map(IndexResult::highClass).orElse(ProfileComparison.NOT_RATEABLE);
                upper.computeIfAbsent(fromClass, k -> new LinkedHashMap<>()).merge(toClass, 1L, Long::sum);
                lower.computeIfAbsent(before.map(IndexResult::lowClass).orElse(ProfileComparison.NOT_RATEABLE),
                        k -> new LinkedHashMap<>())
                    .merge(after.map(IndexResult::lowClass).orElse(ProfileComparison.NOT_RATEABLE), 1L, Long::sum);
                if (before.isPresent() && after.isPresent()) {
                    int change = Integer.compare(toRanks.indexOf(toClass), fromRanks.indexOf(fromClass));
                    up += change > 0 ? 1 : 0;
                    down += change < 0 ? 1 : 0;
                    unchanged += change == 0 ? 1 : 0;
                }
                if (!fromClass.equals(toClass)) {
                    changes.add(new ProfileComparison.Change(facility.id(), facility.code(), facility.name(), fromClass,
                            toClass, before.map(IndexResult::high).orElse(null), after.map(IndexResult::high).orElse(null)));
                }
            }
        }
        changes.sort(Comparator.comparing(ProfileComparison.Change::code));
        return new ProfileComparison(from, to, index, upper, lower, up, down, unchanged, ids.size(), changes);
    }

    private static Optional<IndexResult> result(FacilityRating rating, RatingInputs facility, String index) {
        return compute(rating, facility).stream().filter(result -> result.index().equals(index)).findFirst();
    }

    /** Re-rates the facilities whose transboundary screening changed: the risk index reads its results. */
    @EventListener
    @Transactional
    public void screeningChanged(TransboundaryResultsChanged changed) {
        List<Long> ids = changed.facilityIds();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rateAll(facilities.ratingInputs(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
    }

    /**
     * Rates every facility whose rating is missing or was made with another profile than the default, in chunks of
     * {@value #CHUNK}, several chunks at once ({@link #PARALLEL_CHUNKS}), each in its own transaction: on a profile
     * upgrade this re-rates the whole registry, and a start interrupted half-way goes on where it stopped. A facility
     * without size information has no rating and is looked at again each time (computing that it is not rateable costs
     * microseconds).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rateOutdated() {
        long started = System.nanoTime();
        MethodologyProfile profile = profiles.defaultProfile();
        List<Long> ids = jdbc.sql("""
                SELECT f.id FROM facility f
                 WHERE NOT EXISTS (
                       SELECT 1 FROM facility_rating r WHERE r.facility_id = f.id AND r.index_code = 'THI'
                          AND r.profile_id = :profile AND r.profile_version = :version)
                 ORDER BY f.id
                """).param("profile", profile.id().id()).param("version", profile.id().version()).query(Long.class).list();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
                List<Long> chunk = chunks.get(i);
                transactions.executeWithoutResult(status -> rateAll(facilities.ratingInputs(chunk)));
            }
        };
        int parallel = Math.min(PARALLEL_CHUNKS, chunks.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Re-rating interrupted", e);
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Re-rating failed", e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        if (!ids.isEmpty()) {
            log.info("Rated {} facilities with methodology profile {} in {} ms ({} chunks at once)", ids.size(),
                    profile.id(), (System.nanoTime() - started) / 1_000_000, parallel);
        }
    }

}
