package org.tmfsafety.server.facility;

import java.util.ArrayList;
import java.util.List;

import org.tmfsafety.methodology.dambreak.DamBreakModels;
import org.tmfsafety.methodology.dambreak.DamBreakResult;

/**
 * The dam-break screening of a facility (E4, E5, docs/methodology/dam-break.md) from its stored volume and dam
 * height, by every model, the default first; or the inputs it lacks.
 *
 * @param missing the registry fields the screening needs and the facility lacks (empty when screened)
 * @param results one estimate per model, the default first (empty when inputs are missing)
 */
public record DamBreakScreening(List<String> missing, List<DamBreakResult> results) {

    /** Screens a facility. */
    public static DamBreakScreening of(Facility facility) {
        List<String> missing = new ArrayList<>();
        Double volume = facility.storedVolumeM3();
        Double height = facility.damHeightM();
        if (volume == null || volume <= 0) {
            missing.add("storedVolumeM3");
        }
        if (height == null || height <= 0) {
            missing.add("damHeightM");
        }
        if (!missing.isEmpty()) {
            return new DamBreakScreening(missing, List.of());
        }
        return new DamBreakScreening(List.of(), DamBreakModels.all().stream().map(model -> model.screen(volume, height))
            .toList());
    }
}
