package org.tmfsafety.methodology.dambreak;

/**
 * Rico, Benito and Díez-Herrero (2008), Floods from tailings dam failures, Journal of Hazardous Materials
 * 154, 79–87: E4 V_F = 0.354 · V_T^1.01 (r² = 0.86) and E5 D_max = 14.45 · H_f^0.545 (r² = 0.57). The r²
 * values were checked in the paper's abstract; the coefficients come from the research note and were
 * checked against the CSP2 failure list, which also gives the bands (log10 RMSE 0.75 for V_F and 1.18
 * for D_max from estimated V_F; docs/methodology/dam-break.md). The default model.
 */
public final class Rico2008 extends PowerLawModel {

    /** The model id. */
    public static final String ID = "rico-2008";

    /** Standard error (log10 RMSE) of V_F on the CSP2 list. */
    static final double RELEASE_LOG10_SE = 0.75;

    /** Standard error (log10 RMSE) of D_max on the CSP2 list, V_F estimated by E4. */
    static final double RUNOUT_LOG10_SE = 1.18;

    public Rico2008() {
        super(0.354, 1.01, 14.45, 0.545, RELEASE_LOG10_SE, RUNOUT_LOG10_SE, Csp2Refit2026.CSP2_RANGE);
    }

    @Override
    public String id() {
        return ID;
    }

}
