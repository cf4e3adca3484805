package org.tmfsafety.methodology.profile;

/**
 * The ranges a profile gives for estimating a facility's stored volume when it is not known
 * ({@code docs/methodology/size-estimate.md}).
 *
 * @param dryDensity dry density of stored tailings, t/m³ (tonnage ÷ density = volume)
 * @param shapeFactor stored volume ÷ (impoundment area × dam height)
 * @param tailingsFraction share of the ore's mass that leaves the concentrator as tailings
 * @param fillFraction stored volume ÷ design capacity, for a facility of which only the capacity is known
 */
public record SizeRules(Range dryDensity, Range shapeFactor, Range tailingsFraction, Range fillFraction) {

    /**
     * A closed range of a factor with its provenance.
     *
     * @param low the smallest plausible value, above 0
     * @param high the largest plausible value, at least {@code low}
     * @param provenance its source or why it is provisional
     */
    public record Range(double low, double high, Provenance provenance) {
    }

    /** Returns whether any range is provisional. */
    public boolean provisional() {
        return dryDensity.provenance().provisional() || shapeFactor.provenance().provisional()
                || tailingsFraction.provenance().provisional() || fillFraction.provenance().provisional();
    }

}
