package org.tmfsafety.methodology.dambreak;

/**
 * The same power laws (E4, E5) refitted by least squares in log10 space on the CSP2 list of tailings
 * dam failures 1915–2022 (snapshot 31 Jan 2023; events with V_F ≤ V_T): V_F = 0.180 · V_T^0.888 (n = 87,
 * R² = 0.61) and D_max = 2.88 · H_f^0.432 (n = 53, R² = 0.36). Computed by the TMF Safety team; the
 * refit is recomputed by the validation test. Less biased on recent, smaller failures than Rico 2008,
 * but fitted on the same data it is checked on.
 */
public final class Csp2Refit2026 extends PowerLawModel {

    /** The model id. */
    public static final String ID = "csp2-refit-2026";

    /** The stored volumes and dam heights of the CSP2 events both models were checked on. */
    static final CheckedRange CSP2_RANGE = new CheckedRange(26_000, 74_000_000, 5, 110);

    /** Standard error (log10 RMSE) of V_F on the CSP2 list. */
    static final double RELEASE_LOG10_SE = 0.67;

    /** Standard error (log10 RMSE) of D_max on the CSP2 list, V_F estimated by E4. */
    static final double RUNOUT_LOG10_SE = 0.87;

    public Csp2Refit2026() {
        super(0.180, 0.888, 2.88, 0.432, RELEASE_LOG10_SE, RUNOUT_LOG10_SE, CSP2_RANGE);
    }

    @Override
    public String id() {
        return ID;
    }

}
