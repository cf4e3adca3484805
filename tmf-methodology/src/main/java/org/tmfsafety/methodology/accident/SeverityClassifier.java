package org.tmfsafety.methodology.accident;

/**
 * Derives the severity class of a failure from its consequences (docs/methodology/accidents.md, E20): very serious
 * when 20 or more people died, at least 1,000,000 m³ were released or the tailings ran 20 km or more; serious when
 * anyone died or at least 100,000 m³ were released; otherwise other. Unknown values (null) meet no criterion, so an
 * event with few data is classed low; the rule that decided is returned with the class.
 *
 * <p>Thresholds from the severity typology of Bowker and Chambers (2015) as described by World Mine Tailings
 * Failures; provisional until checked against the paper. On the CSP2 list the rule reproduces the compilers' class
 * for 310 of 342 failures (classes 1–3; tested).
 */
public final class SeverityClassifier {

    /** Deaths from which a failure is very serious. */
    public static final int VERY_SERIOUS_DEATHS = 20;

    /** Released volume from which a failure is very serious, m³. */
    public static final double VERY_SERIOUS_RELEASE_M3 = 1_000_000;

    /** Runout from which a failure is very serious, km. */
    public static final double VERY_SERIOUS_RUNOUT_KM = 20;

    /** Released volume from which a failure is serious, m³. */
    public static final double SERIOUS_RELEASE_M3 = 100_000;

    /** The criterion that decided a class. */
    public enum Rule {
        DEATHS_AT_LEAST_20, RELEASE_AT_LEAST_1_MILLION_M3, RUNOUT_AT_LEAST_20_KM, LOSS_OF_LIFE,
        RELEASE_AT_LEAST_100000_M3, NO_CRITERION_MET
    }

    /**
     * A derived class and the criterion that decided it.
     *
     * @param severity the class
     * @param rule the first criterion met, in the order of E20
     */
    public record Result(Severity severity, Rule rule) {
    }

    private SeverityClassifier() {
    }

    /**
     * Classifies a failure.
     *
     * @param deaths deaths, or null when unknown
     * @param releasedVolumeM3 released volume in m³, or null
     * @param runoutKm runout in km, or null
     * @throws IllegalArgumentException naming the input when it is negative or not finite
     */
    public static Result classify(Integer deaths, Double releasedVolumeM3, Double runoutKm) {
        check("deaths", deaths == null ? null : deaths.doubleValue());
        check("releasedVolumeM3", releasedVolumeM3);
        check("runoutKm", runoutKm);
        if (deaths != null && deaths >= VERY_SERIOUS_DEATHS) {
            return new Result(Severity.VERY_SERIOUS, Rule.DEATHS_AT_LEAST_20);
        }
        if (releasedVolumeM3 != null && releasedVolumeM3 >= VERY_SERIOUS_RELEASE_M3) {
            return new Result(Severity.VERY_SERIOUS, Rule.RELEASE_AT_LEAST_1_MILLION_M3);
        }
        if (runoutKm != null && runoutKm >= VERY_SERIOUS_RUNOUT_KM) {
            return new Result(Severity.VERY_SERIOUS, Rule.RUNOUT_AT_LEAST_20_KM);
        }
        if (deaths != null && deaths > 0) {
            return new Result(Severity.SERIOUS, Rule.LOSS_OF_LIFE);
        }
        if (releasedVolumeM3 != null && releasedVolumeM3 >= SERIOUS_RELEASE_M3) {
            return new Result(Severity.SERIOUS, Rule.RELEASE_AT_LEAST_100000_M3);
        }
        return new Result(Severity.OTHER, Rule.NO_CRITERION_MET);
    }

    private static void check(String input, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw new IllegalArgumentException(input + " must be a finite number of at least 0: " + value);
        }
    }
}
