package org.tmfsafety.server.facility;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tmfsafety.methodology.index.IndexCalculator;
import org.tmfsafety.methodology.index.IndexResult;
import org.tmfsafety.methodology.index.InvalidInputsException;
import org.tmfsafety.methodology.index.Term;
import org.tmfsafety.methodology.profile.IndexDefinition;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.TermDefinition;
import org.tmfsafety.server.methodology.MethodologyProfiles;

/**
 * Rates facilities with the default methodology profile: THI and TRI from the registry fields, stored
 * with the profile id and version and the full derivation. A facility is re-rated whenever it changes,
 * and at start-up when its rating is missing or was made with another profile. A facility that cannot
 * be rated (no stored volume, which the profile requires) keeps no rating and says why on its page.
 */
@Component
public class FacilityRatings {

    static final List<String> INDICES = List.of("THI", "TRI");

    private static final Logger log = LoggerFactory.getLogger(FacilityRatings.class);

    private final JdbcClient jdbc;

    private final MethodologyProfiles profiles;

    private final JsonMapper json;

    private final FacilityRepository facilities;

    FacilityRatings(JdbcClient jdbc, MethodologyProfiles profiles, JsonMapper json, FacilityRepository facilities) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.json = json;
        this.facilities = facilities;
    }

    /**
     * A stored rating with its derivation.
     *
     * @param index {@code THI} or {@code TRI}
     * @param value the index value
     * @param indexClass its class
     * @param profileId the profile that produced it
     * @param profileVersion that profile's version
     * @param provisional whether provisional values were used
     * @param terms the derivation trail
     * @param computedAt when it was computed
     */
    public record StoredRating(String index, double value, String indexClass, String profileId, int profileVersion,
            boolean provisional, List<Term> terms, OffsetDateTime computedAt) {
    }

    /** Computes and stores the facility's ratings, or removes them when it cannot be rated. */
    void rate(Facility facility) {
        MethodologyProfile profile = profiles.defaultProfile();
        Map<String, Object> all = facility.riskInputs()
            .withVolumeAndToxicity(facility.storedVolumeM3(), facility.waterHazardClass())
            .toMap();
        IndexCalculator calculator = new IndexCalculator(profile);
        for (String code : INDICES) {
            IndexDefinition index = profile.index(code).orElseThrow();
            Set<String> reads = profile.allTerms(index).stream().map(TermDefinition::input).collect(Collectors.toSet());
            Map<String, Object> inputs = new HashMap<>(all);
            inputs.keySet().retainAll(reads);
            try {
                store(facility.id(), calculator.calculate(code, inputs));
            }
            catch (InvalidInputsException e) {
                jdbc.sql("DELETE FROM facility_rating WHERE facility_id = :id AND index_code = :index")
                    .param("id", facility.id())
                    .param("index", code)
                    .update();
            }
        }
    }

    private void store(long facilityId, IndexResult result) {
        jdbc.sql("""
                INSERT INTO facility_rating (facility_id, index_code, value, index_class, profile_id, profile_version,
                                             provisional, terms, computed_at)
                VALUES (:id, :index, :value, :class, :profile, :version, :provisional, CAST(:terms AS jsonb), now())
                ON CONFLICT (facility_id, index_code) DO UPDATE SET value = EXCLUDED.value,
                    index_class = EXCLUDED.index_class, profile_id = EXCLUDED.profile_id,
                    profile_version = EXCLUDED.profile_version, provisional = EXCLUDED.provisional,
                    terms = EXCLUDED.terms, computed_at = EXCLUDED.computed_at
                """)
            .param("id", facilityId)
            .param("index", result.index())
            .param("value", result.value())
            .param("class", result.indexClass())
            .param("profile", result.profile().id())
            .param("version", result.profile().version())
            .param("provisional", result.provisional())
            .param("terms", json.writeValueAsString(result.terms()))
            .update();
    }

    /** Returns the stored ratings of a facility, THI first. */
    public List<StoredRating> ratings(long facilityId) {
        return jdbc.sql("""
                SELECT index_code, value, index_class, profile_id, profile_version, provisional, terms::text AS terms,
                       computed_at
                  FROM facility_rating WHERE facility_id = :id ORDER BY index_code
                """)
            .param("id", facilityId)
            .query((rs, row) -> new StoredRating(rs.getString("index_code"), rs.getDouble("value"),
                    rs.getString("index_class"), rs.getString("profile_id"), rs.getInt("profile_version"),
                    rs.getBoolean("provisional"), json.readValue(rs.getString("terms"), new TypeReference<List<Term>>() {
                    }), rs.getObject("computed_at", OffsetDateTime.class)))
            .list();
    }

    /** Rates every facility whose rating is missing or was made with another profile than the default. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rateOutdated() {
        MethodologyProfile profile = profiles.defaultProfile();
        List<Long> ids = jdbc.sql("""
                SELECT f.id FROM facility f
                 WHERE f.stored_volume_m3 IS NOT NULL AND NOT EXISTS (
                       SELECT 1 FROM facility_rating r WHERE r.facility_id = f.id AND r.index_code = 'THI'
                          AND r.profile_id = :profile AND r.profile_version = :version)
                """).param("profile", profile.id().id()).param("version", profile.id().version()).query(Long.class).list();
        for (Long id : ids) {
            facilities.findById(id).ifPresent(this::rate);
        }
        if (!ids.isEmpty()) {
            log.info("Rated {} facilities with methodology profile {}", ids.size(), profile.id());
        }
    }

}
