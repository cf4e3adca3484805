package org.tmfsafety.server.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.methodology.IndexClasses;

/**
 * The priority matrix for inspection and follow-up: every facility placed by its hazard class (THI) and the
 * safety level of its latest submitted or approved assessment, each cell with a priority (E19, provisional):
 * hazard rank h (the position of the class in the default methodology profile, 1 for the least severe; 0 when
 * not rated or for a class that profile does not have) plus safety rank s (level ≥ 80: 1, ≥ 50: 2, below 50 or not
 * assessed: 3); priority 1 when h + s ≥ 6, 2 when 5, 3 when 4, else 4. An assessment that answered less than
 * {@link #MIN_COVERAGE} % of its applicable questions counts as not assessed (provisional). Rows are the profile's
 * classes, most severe first, then any other stored class, then the facilities not rated.
 */
@Component
class PriorityMatrix {

    /** The row of facilities without a THI, and the column of facilities without an assessment. */
    static final String NONE = "NONE";

    /** Safety bands, best first: level ≥ 80 %, 50–79 %, below 50 %, not assessed. */
    static final List<String> SAFETY = List.of("GOOD", "FAIR", "POOR", NONE);

    private static final int MAX_FACILITIES = 100_000;

    /** The coverage (percent) below which an assessment's level does not place a facility (E19, provisional). */
    static final double MIN_COVERAGE = 50;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final AssessmentRepository assessments;

    private final CurrentUser user;

    private final IndexClasses classes;

    PriorityMatrix(FacilityRepository facilities, FacilityPermissions permissions, AssessmentRepository assessments,
            CurrentUser user, IndexClasses classes) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.assessments = assessments;
        this.user = user;
        this.classes = classes;
    }

    /** A facility in the matrix. */
    record Entry(long id, String code, String name, String hazardClass, Double safetyLevel, String safetyBand,
            int priority) {
    }

    /**
     * The matrix: cells keyed "hazard/safety", each with its facilities, rows in {@link #hazards}' order.
     *
     * @param hazards the row keys: THI class codes, most severe first, then {@link #NONE}
     * @param cells the facilities of each cell
     * @param priorities the priority of each cell
     */
    record Matrix(List<String> hazards, Map<String, List<Entry>> cells, Map<String, Integer> priorities) {
    }

    /** The matrix of the facilities the caller may see. */
    Matrix matrix(Locale locale) {
        if (!user.readsEverything()) {
            throw new AccessDeniedException("The priority matrix is for inspectors and authorities");
        }
        FacilitySearch search = new FacilitySearch();
        search.setSize(MAX_FACILITIES);
        Map<Long, Double> levels = assessments.latestLevels(MIN_COVERAGE);
        List<Facility> all = facilities.search(search, permissions.scope(), locale).items();
        List<String> hazards = new ArrayList<>(classes.codes("THI"));
        Collections.reverse(hazards);
        all.stream().map(f -> f.rating().hazardClass()).filter(Objects::nonNull).distinct()
            .filter(c -> !hazards.contains(c)).forEach(hazards::add);
        hazards.add(NONE);
        Map<String, List<Entry>> cells = new LinkedHashMap<>();
        Map<String, Integer> priorities = new LinkedHashMap<>();
        hazards.forEach(h -> SAFETY.forEach(s -> {
            cells.put(h + "/" + s, new ArrayList<>());
            priorities.put(h + "/" + s, priority(hazardRank(h), s));
        }));
        for (Facility facility : all) {
            String hazard = facility.rating().hazardClass() == null ? NONE : facility.rating().hazardClass();
            Double level = levels.get(facility.id());
            String safety = band(level);
            cells.get(hazard + "/" + safety).add(new Entry(facility.id(), facility.code(), facility.displayName(locale),
                    hazard, level, safety, priorities.get(hazard + "/" + safety)));
        }
        return new Matrix(List.copyOf(hazards), cells, priorities);
    }

    /** The hazard rank h of E19: 1 for the least severe class of the default profile; 0 when not rated or unknown. */
    int hazardRank(String hazardClass) {
        return classes.codes("THI").indexOf(hazardClass) + 1;
    }

    static String band(Double level) {
        if (level == null) {
            return NONE;
        }
        return level >= 80 ? "GOOD" : level >= 50 ? "FAIR" : "POOR";
    }

    /** E19 for a hazard rank h and a safety band. */
    static int priority(int h, String safety) {
        int s = switch (safety) {
            case "GOOD" -> 1;
            case "FAIR" -> 2;
            default -> 3;
        };
        int sum = h + s;
        return sum >= 6 ? 1 : sum == 5 ? 2 : sum == 4 ? 3 : 4;
    }
}
