package org.tmfsafety.server.facility;

import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.IndexInputs;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;

/**
 * The facility's inputs to the hazard and risk indices besides volume and water hazard class. Each may
 * be unknown (null); the methodology profile then decides, and the rating's trail says so.
 */
public record RiskInputs(ManagementStatus managementStatus, FloodHazard floodHazard, SeismicHazard seismicHazard,
        DamCondition damCondition, Integer populationAtRisk, Boolean drinkingWaterAbstraction,
        Boolean protectedAreaDownstream, TransboundarySetting transboundarySetting, Double distanceToSurfaceWaterKm) {

    /** Returns all index inputs of a facility, adding its volume and water hazard class. */
    IndexInputs withVolumeAndToxicity(Double storedVolumeM3, WaterHazardClass waterHazardClass) {
        return new IndexInputs(storedVolumeM3, waterHazardClass, managementStatus, floodHazard, seismicHazard,
                damCondition, populationAtRisk, drinkingWaterAbstraction, protectedAreaDownstream, transboundarySetting,
                distanceToSurfaceWaterKm);
    }

}
