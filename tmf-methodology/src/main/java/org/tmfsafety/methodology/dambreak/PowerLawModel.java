package org.tmfsafety.methodology.dambreak;

import java.util.ArrayList;
import java.util.List;

/**
 * The common form of the empirical tailings dam-break regressions (E4, E5):
 * V_F = a · V_T^b and D_max = c · H_f^d with H_f = H · (V_F / V_T) · V_F, volumes in hm³, height in m,
 * runout in km. Bands are ± one standard error of log10 residuals; the released volume never exceeds
 * the stored one. Inputs outside the checked range produce warnings, not refusals.
 */
abstract class PowerLawModel implements DamBreakModel {

    private static final double HM3 = 1.0e6;

    private final double a;

    private final double b;

    private final double c;

    private final double d;

    private final double releaseSe;

    private final double runoutSe;

    private final CheckedRange range;

    PowerLawModel(double a, double b, double c, double d, double releaseSe, double runoutSe, CheckedRange range) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.releaseSe = releaseSe;
        this.runoutSe = runoutSe;
        this.range = range;
    }

    /**
     * The inputs a model was checked on.
     *
     * @param minVolumeM3 smallest stored volume, m³
     * @param maxVolumeM3 largest stored volume, m³
     * @param minHeightM lowest dam, m
     * @param maxHeightM highest dam, m
     */
    record CheckedRange(double minVolumeM3, double maxVolumeM3, double minHeightM, double maxHeightM) {
    }

    @Override
    public DamBreakResult screen(double storedVolumeM3, double damHeightM) {
        require("storedVolumeM3", storedVolumeM3);
        require("damHeightM", damHeightM);
        double storedHm3 = storedVolumeM3 / HM3;
        double releasedHm3 = releasedHm3(storedHm3);
        double runoutKm = runoutKm(damHeightM, storedHm3, releasedHm3);
        double volumeFactor = Math.pow(10, releaseSe);
        double runoutFactor = Math.pow(10, runoutSe);
        return new DamBreakResult(id(), releasedHm3 * HM3, releasedHm3 * HM3 / volumeFactor,
                Math.min(storedVolumeM3, releasedHm3 * HM3 * volumeFactor), runoutKm, runoutKm / runoutFactor,
                runoutKm * runoutFactor, warnings(storedVolumeM3, damHeightM));
    }

    /** E4: the released volume in hm³, at most the stored volume. */
    double releasedHm3(double storedHm3) {
        return Math.min(storedHm3, a * Math.pow(storedHm3, b));
    }

    /** E5: the maximum runout in km from dam height (m) and volumes (hm³). */
    double runoutKm(double damHeightM, double storedHm3, double releasedHm3) {
        double damFactor = damHeightM * (releasedHm3 / storedHm3) * releasedHm3;
        return c * Math.pow(damFactor, d);
    }

    private List<DamBreakResult.Warning> warnings(double volume, double height) {
        List<DamBreakResult.Warning> warnings = new ArrayList<>();
        if (volume < range.minVolumeM3()) {
            warnings.add(new DamBreakResult.Warning("storedVolumeM3", "BELOW_CHECKED_RANGE", range.minVolumeM3()));
        }
        if (volume > range.maxVolumeM3()) {
            warnings.add(new DamBreakResult.Warning("storedVolumeM3", "ABOVE_CHECKED_RANGE", range.maxVolumeM3()));
        }
        if (height < range.minHeightM()) {
            warnings.add(new DamBreakResult.Warning("damHeightM", "BELOW_CHECKED_RANGE", range.minHeightM()));
        }
        if (height > range.maxHeightM()) {
            warnings.add(new DamBreakResult.Warning("damHeightM", "ABOVE_CHECKED_RANGE", range.maxHeightM()));
        }
        return List.copyOf(warnings);
    }

    private static void require(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name);
        }
    }

}
