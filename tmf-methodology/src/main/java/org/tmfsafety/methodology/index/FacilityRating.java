package org.tmfsafety.methodology.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.TermDefinition;
import org.tmfsafety.methodology.size.SizeEstimate;
import org.tmfsafety.methodology.size.SizeEstimator;
import org.tmfsafety.methodology.size.SizeFacts;

/**
 * Rates one facility with both indices: takes its stored volume from the size facts, estimates it with the
 * profile's size rules when it is not known, and says "not rateable" when nothing about the size is known.
 */
public final class FacilityRating {

    /** The input the size facts provide. */
    public static final String VOLUME_INPUT = "storedVolumeM3";

    private final IndexCalculator calculator;

    private final SizeEstimator estimator;

    private final Set<String> hazardInputs;

    /**
     * Prepares ratings under one profile; reuse the instance to rate many facilities.
     * @throws IllegalArgumentException when the profile has no THI
     */
    public FacilityRating(MethodologyProfile profile) {
        this.calculator = new IndexCalculator(profile);
        this.estimator = new SizeEstimator(profile.size());
        this.hazardInputs = profile.index("THI")
            .map(thi -> profile.allTerms(thi).stream().map(TermDefinition::input).collect(Collectors.toSet()))
            .orElseThrow(() -> new IllegalArgumentException(profile.id() + " defines no index THI"));
    }

    /** The outcome of rating a facility. */
    public sealed interface Outcome {
    }

    /**
     * Both indices of a facility whose size is known or estimated.
     *
     * @param size the stored volume used: exact ({@link SizeEstimate#exact()}) or an estimated interval
     * @param thi the hazard index
     * @param tri the risk index
     */
    public record Rated(SizeEstimate size, IndexResult thi, IndexResult tri) implements Outcome {
    }

    /** A facility of which no size information is known: listed apart, without a rank. */
    public record NoSizeInformation() implements Outcome {
    }

    /**
     * Rates a facility once; {@code new FacilityRating(profile).rate(size, otherInputs)}.
     * @see #rate(SizeFacts, Map)
     */
    public static Outcome rate(MethodologyProfile profile, SizeFacts size, Map<String, ?> otherInputs) {
        return new FacilityRating(profile).rate(size, otherInputs);
    }

    /**
     * Rates a facility.
     * @param size what is known of the facility's size
     * @param otherInputs every other input of the risk index by name (plain, or {@link InputValue}); must not
     *        contain {@value #VOLUME_INPUT}
     * @return the indices, or {@link NoSizeInformation}
     * @throws IllegalArgumentException when {@code otherInputs} contains the volume or the profile has no TRI
     * @throws InvalidInputsException listing every input that cannot be used
     */
    public Outcome rate(SizeFacts size, Map<String, ?> otherInputs) {
        if (otherInputs.containsKey(VOLUME_INPUT)) {
            throw new IllegalArgumentException(VOLUME_INPUT + " comes from the size facts, not the other inputs");
        }
        Optional<SizeEstimate> estimate = estimator.estimate(size);
        if (estimate.isEmpty()) {
            return new NoSizeInformation();
        }
        SizeEstimate volume = estimate.get();
        Map<String, Object> inputs = new HashMap<>(otherInputs);
        inputs.put(VOLUME_INPUT, volume.exact() ? (Object) volume.lowM3()
                : InputValue.estimated(volume.lowM3(), volume.highM3(), volume.method(), volume.parameters()));
        Map<String, Object> hazard = new HashMap<>(inputs);
        hazard.keySet().retainAll(hazardInputs);
        return new Rated(volume, calculator.calculate("THI", hazard), calculator.calculate("TRI", inputs));
    }

}
