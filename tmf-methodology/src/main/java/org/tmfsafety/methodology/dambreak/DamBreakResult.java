package org.tmfsafety.methodology.dambreak;

import java.util.List;

/**
 * A dam-break screening estimate.
 *
 * @param model the model id, e.g. {@code rico-2008}
 * @param releasedVolumeM3 the estimated released volume V_F in m³
 * @param releasedVolumeLowM3 V_F one standard error of the model below the estimate
 * @param releasedVolumeHighM3 V_F one standard error above
 * @param runoutKm the estimated maximum runout D_max in km
 * @param runoutLowKm D_max one standard error below
 * @param runoutHighKm D_max one standard error above
 * @param warnings inputs outside the range the model was checked on (estimates are given anyway)
 */
public record DamBreakResult(String model, double releasedVolumeM3, double releasedVolumeLowM3, double releasedVolumeHighM3,
        double runoutKm, double runoutLowKm, double runoutHighKm, List<Warning> warnings) {

    /**
     * An input outside the model's checked range.
     *
     * @param input {@code storedVolumeM3} or {@code damHeightM}
     * @param code {@code BELOW_CHECKED_RANGE} or {@code ABOVE_CHECKED_RANGE}
     * @param limit the limit that was crossed, in the input's unit
     */
    public record Warning(String input, String code, double limit) {
    }

}
