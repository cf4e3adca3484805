package org.tmfsafety.methodology.size;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.tmfsafety.methodology.profile.SizeRules;

/**
 * Estimates the stored volume of a facility from its {@link SizeFacts}, in the order of preference of
 * {@code docs/methodology/size-estimate.md}: the stored volume itself (E25); else an upper bound from the design
 * capacity (E26) or the design tonnage ÷ dry density (E27), with its lower bound from the first of stored tonnage,
 * area × height and ore processed, else from the fill fraction range (E30); else stored tonnage ÷ dry density (E28),
 * impoundment area × dam height × shape factor (E29), ore processed × tailings fraction ÷ dry density (E31).
 */
public final class SizeEstimator {

    /** E25: the stored volume is known. */
    public static final String STORED_VOLUME = "STORED_VOLUME";

    /** E26: the design or authorised capacity bounds the volume from above. */
    public static final String DESIGN_CAPACITY = "DESIGN_CAPACITY";

    /** E27: the design tonnage ÷ dry density bounds the volume from above. */
    public static final String DESIGN_TONNAGE = "DESIGN_TONNAGE";

    /** E28: the stored tonnage ÷ dry density. */
    public static final String STORED_TONNAGE = "STORED_TONNAGE";

    /** E29: impoundment area × dam height × shape factor. */
    public static final String AREA_HEIGHT = "AREA_HEIGHT";

    /** E30: the fill fraction range of the upper bound, when nothing else gives a lower bound. */
    public static final String FILL_FRACTION = "FILL_FRACTION";

    /** E31: annual ore throughput × years × tailings fraction ÷ dry density. */
    public static final String ORE_PROCESSED = "ORE_PROCESSED";

    private final SizeRules rules;

    /**
     * @param rules the profile's size ranges, or null for a profile without them (only a stored volume is used)
     */
    public SizeEstimator(SizeRules rules) {
        this.rules = rules;
    }

    /** Returns the volume interval, or empty when nothing about the facility's size is known. */
    public Optional<SizeEstimate> estimate(SizeFacts facts) {
        if (facts.storedVolumeM3() != null) {
            double volume = facts.storedVolumeM3();
            return Optional.of(new SizeEstimate(volume, volume, STORED_VOLUME, Map.of("storedVolumeM3", volume)));
        }
        if (rules == null) {
            return Optional.empty();
        }
        Optional<SizeEstimate> lower = storedTonnage(facts).or(() -> areaHeight(facts)).or(() -> oreProcessed(facts));
        Optional<SizeEstimate> capacity = designCapacity(facts).or(() -> designTonnage(facts));
        if (capacity.isEmpty()) {
            return lower;
        }
        SizeEstimate upper = capacity.get();
        Map<String, Double> parameters = new LinkedHashMap<>(upper.parameters());
        if (lower.isPresent()) {
            SizeEstimate other = lower.get();
            parameters.putAll(other.parameters());
            return Optional.of(new SizeEstimate(Math.min(upper.highM3(), other.lowM3()),
                    Math.min(upper.highM3(), other.highM3()), upper.method() + "+" + other.method(), parameters));
        }
        SizeRules.Range fill = rules.fillFraction();
        parameters.put("fillFractionLow", fill.low());
        parameters.put("fillFractionHigh", fill.high());
        return Optional.of(new SizeEstimate(upper.lowM3() * fill.low(), upper.highM3() * fill.high(),
                upper.method() + "+" + FILL_FRACTION, parameters));
    }

    /** The capacity itself, as the range of what the facility can hold. */
    private Optional<SizeEstimate> designCapacity(SizeFacts facts) {
        Double capacity = facts.designCapacityM3();
        return capacity == null ? Optional.empty()
                : Optional.of(new SizeEstimate(capacity, capacity, DESIGN_CAPACITY, Map.of("designCapacityM3", capacity)));
    }

    /** The design tonnage ÷ dry density, as the range of what the facility can hold. */
    private Optional<SizeEstimate> designTonnage(SizeFacts facts) {
        Double tonnage = facts.designTonnageT();
        if (tonnage == null) {
            return Optional.empty();
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("designTonnageT", tonnage);
        return Optional.of(divideByDensity(tonnage, DESIGN_TONNAGE, parameters));
    }

    private Optional<SizeEstimate> storedTonnage(SizeFacts facts) {
        Double tonnage = facts.storedTonnageT();
        if (tonnage == null) {
            return Optional.empty();
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("storedTonnageT", tonnage);
        return Optional.of(divideByDensity(tonnage, STORED_TONNAGE, parameters));
    }

    private Optional<SizeEstimate> areaHeight(SizeFacts facts) {
        if (facts.impoundmentAreaHa() == null || facts.damHeightM() == null) {
            return Optional.empty();
        }
        double bulk = facts.impoundmentAreaHa() * 10_000 * facts.damHeightM();
        SizeRules.Range shape = rules.shapeFactor();
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("impoundmentAreaHa", facts.impoundmentAreaHa());
        parameters.put("damHeightM", facts.damHeightM());
        parameters.put("shapeFactorLow", shape.low());
        parameters.put("shapeFactorHigh", shape.high());
        return Optional.of(new SizeEstimate(bulk * shape.low(), bulk * shape.high(), AREA_HEIGHT, parameters));
    }

    private Optional<SizeEstimate> oreProcessed(SizeFacts facts) {
        if (facts.annualOreThroughputT() == null || facts.throughputYears() == null) {
            return Optional.empty();
        }
        double ore = facts.annualOreThroughputT() * facts.throughputYears();
        SizeRules.Range fraction = rules.tailingsFraction();
        SizeRules.Range density = rules.dryDensity();
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("annualOreThroughputT", facts.annualOreThroughputT());
        parameters.put("throughputYears", facts.throughputYears().doubleValue());
        parameters.put("tailingsFractionLow", fraction.low());
        parameters.put("tailingsFractionHigh", fraction.high());
        parameters.put("dryDensityLow", density.low());
        parameters.put("dryDensityHigh", density.high());
        return Optional.of(new SizeEstimate(ore * fraction.low() / density.high(), ore * fraction.high() / density.low(),
                ORE_PROCESSED, parameters));
    }

    /** Tonnage ÷ dry density: the densest tailings give the lower end, the loosest the upper. */
    private SizeEstimate divideByDensity(double tonnage, String method, Map<String, Double> parameters) {
        SizeRules.Range density = rules.dryDensity();
        parameters.put("dryDensityLow", density.low());
        parameters.put("dryDensityHigh", density.high());
        return new SizeEstimate(tonnage / density.high(), tonnage / density.low(), method, parameters);
    }

}
