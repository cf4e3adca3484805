package org.tmfsafety.methodology.dambreak;

/** A dam-break screening model; new models (refits, other authors) implement this. */
public interface DamBreakModel {

    /** Returns the model's stable id, stored with every estimate. */
    String id();

    /**
     * Estimates released volume and runout.
     * @param storedVolumeM3 the stored volume V_T in m³, above 0
     * @param damHeightM the dam height H in m, above 0
     * @throws IllegalArgumentException naming the input when it is not above 0 or not finite
     */
    DamBreakResult screen(double storedVolumeM3, double damHeightM);

}
