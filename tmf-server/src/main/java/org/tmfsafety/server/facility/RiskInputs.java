package org.tmfsafety.server.facility;

import java.util.HashMap;
import java.util.Map;

import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;

/**
 * The facility's inputs to the hazard and risk indices besides volume and water hazard class. Each may
 * be unknown (null); the methodology profile then decides, and the rating's trail says so.
 */
public record RiskInputs(ManagementStatus managementStatus, FloodHazard floodHazard, SeismicHazard seismicHazard,
        DamCondition damCondition, Integer populationAtRisk, Boolean drinkingWaterAbstraction,
        Boolean protectedAreaDownstream, TransboundarySetting transboundarySetting, Double distanceToSurfaceWaterKm) {

    /** Returns all index inputs of a facility by the profile's input names; unknown ones map to null. */
    Map<String, Object> withVolumeAndToxicity(Double storedVolumeM3, Enum<?> waterHazardClass) {
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
