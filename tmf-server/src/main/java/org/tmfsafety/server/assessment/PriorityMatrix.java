package org.tmfsafety.server.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;

/**
 * The priority matrix for inspection and follow-up: every facility placed by its hazard class (THI) and the
 * safety level of its latest submitted or approved assessment, each cell with a priority (E19, provisional):
 * hazard rank h (LOW 1 … VERY_HIGH 4, not rated 0) plus safety rank s (level ≥ 80: 1, ≥ 50: 2, below 50 or not
 * assessed: 3); priority 1 when h + s ≥ 6, 2 when 5, 3 when 4, else 4.
 */
@Component
class PriorityMatrix {

    static final List<String> HAZARD = List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW", "NONE");

    static final List<String> SAFETY = List.of("LOW", "MEDIUM", "HIGH", "NONE");

    private static final int MAX_FACILITIES = 100_000;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final AssessmentRepository assessments;

    private final CurrentUser user;

    PriorityMatrix(FacilityRepository facilities, FacilityPermissions permissions, AssessmentRepository assessments,
            CurrentUser user) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.assessments = assessments;
        this.user = user;
    }

    /** A facility in the matrix. */
    record Entry(long id, String code, String name, String hazardClass, Double safetyLevel, String safetyBand,
            int priority) {
    }

    /** The matrix: cells keyed "hazard/safety", each with its facilities. */
    Map<String, List<Entry>> cells(Locale locale) {
        if (!user.readsEverything()) {
            throw new AccessDeniedException("The priority matrix is for inspectors and authorities");
        }
        FacilitySearch search = new FacilitySearch();
        search.setSize(MAX_FACILITIES);
        Map<Long, Double> levels = assessments.latestLevels();
        Map<String, List<Entry>> cells = new LinkedHashMap<>();
        HAZARD.forEach(h -> SAFETY.forEach(s -> cells.put(h + "/" + s, new ArrayList<>())));
        for (Facility facility : facilities.search(search, permissions.scope(), locale).items()) {
            String hazard = facility.rating().hazardClass() == null ? "NONE" : facility.rating().hazardClass();
            Double level = levels.get(facility.id());
            String safety = band(level);
            cells.get(hazard + "/" + safety).add(new Entry(facility.id(), facility.code(), facility.displayName(locale),
                    hazard, level, safety, priority(hazard, safety)));
        }
        return cells;
    }

    static String band(Double level) {
        if (level == null) {
            return "NONE";
        }
        return level >= 80 ? "HIGH" : level >= 50 ? "MEDIUM" : "LOW";
    }

    /** E19. */
    static int priority(String hazard, String safety) {
        int h = switch (hazard) {
            case "VERY_HIGH" -> 4;
            case "HIGH" -> 3;
            case "MEDIUM" -> 2;
            case "LOW" -> 1;
            default -> 0;
        };
        int s = switch (safety) {
            case "HIGH" -> 1;
            case "MEDIUM" -> 2;
            default -> 3;
        };
        int sum = h + s;
        return sum >= 6 ? 1 : sum == 5 ? 2 : sum == 4 ? 3 : 4;
    }
}
