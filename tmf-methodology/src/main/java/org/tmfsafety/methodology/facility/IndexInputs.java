package org.tmfsafety.methodology.facility;

import java.util.HashMap;
import java.util.Map;

/**
 * The facility attributes the hazard and risk indices read, in the registry's vocabulary. Each may be unknown
 * (null); the methodology profile then decides, and the result's trail says so.
 *
 * @param storedVolumeM3 stored tailings volume in m³
 * @param populationAtRisk people in the potential impact zone
 * @param distanceToSurfaceWaterKm distance to the nearest surface water in km
 */
public record IndexInputs(Double storedVolumeM3, WaterHazardClass waterHazardClass, ManagementStatus managementStatus,
        FloodHazard floodHazard, SeismicHazard seismicHazard, DamCondition damCondition, Number populationAtRisk,
        Boolean drinkingWaterAbstraction, Boolean protectedAreaDownstream, TransboundarySetting transboundarySetting,
        Double distanceToSurfaceWaterKm) {

    /** Returns the inputs by the profile's input names (enums by constant name); unknown ones map to null. */
    public Map<String, Object> toMap() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("storedVolumeM3", storedVolumeM3);
        inputs.put("waterHazardClass", name(waterHazardClass));
        inputs.put("managementStatus", name(managementStatus));
        inputs.put("floodHazard", name(floodHazard));
        inputs.put("seismicHazard", name(seismicHazard));
        inputs.put("damCondition", name(damCondition));
        inputs.put("populationAtRisk", populationAtRisk);
        inputs.put("drinkingWaterAbstraction", drinkingWaterAbstraction);
        inputs.put("protectedAreaDownstream", protectedAreaDownstream);
        inputs.put("transboundarySetting", name(transboundarySetting));
        inputs.put("distanceToSurfaceWaterKm", distanceToSurfaceWaterKm);
        return inputs;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
