package org.tmfsafety.server.methodology;

import java.util.Map;

import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.IndexInputs;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;

/** The inputs of the calculator page: everything THI and TRI read; empty fields are "not known". */
public class CalculatorForm {

    private Double storedVolumeM3;

    private WaterHazardClass waterHazardClass;

    private ManagementStatus managementStatus;

    private FloodHazard floodHazard;

    private SeismicHazard seismicHazard;

    private DamCondition damCondition;

    private Double populationAtRisk;

    private Boolean drinkingWaterAbstraction;

    private Boolean protectedAreaDownstream;

    private TransboundarySetting transboundarySetting;

    private Double distanceToSurfaceWaterKm;

    /** Returns whether the form was submitted (a stored volume is the one required input). */
    public boolean isSubmitted() {
        return storedVolumeM3 != null;
    }

    /** Returns the inputs by the profile's input names, with null for not known. */
    Map<String, Object> inputs() {
        return new IndexInputs(storedVolumeM3, waterHazardClass, managementStatus, floodHazard, seismicHazard,
                damCondition, populationAtRisk, drinkingWaterAbstraction, protectedAreaDownstream, transboundarySetting,
                distanceToSurfaceWaterKm)
            .toMap();
    }

    public Double getStoredVolumeM3() {
        return storedVolumeM3;
    }

    public void setStoredVolumeM3(Double storedVolumeM3) {
        this.storedVolumeM3 = storedVolumeM3;
    }

    public WaterHazardClass getWaterHazardClass() {
        return waterHazardClass;
    }

    public void setWaterHazardClass(WaterHazardClass waterHazardClass) {
        this.waterHazardClass = waterHazardClass;
    }

    public ManagementStatus getManagementStatus() {
        return managementStatus;
    }

    public void setManagementStatus(ManagementStatus managementStatus) {
        this.managementStatus = managementStatus;
    }

    public FloodHazard getFloodHazard() {
        return floodHazard;
    }

    public void setFloodHazard(FloodHazard floodHazard) {
        this.floodHazard = floodHazard;
    }

    public SeismicHazard getSeismicHazard() {
        return seismicHazard;
    }

    public void setSeismicHazard(SeismicHazard seismicHazard) {
        this.seismicHazard = seismicHazard;
    }

    public DamCondition getDamCondition() {
        return damCondition;
    }

    public void setDamCondition(DamCondition damCondition) {
        this.damCondition = damCondition;
    }

    public Double getPopulationAtRisk() {
        return populationAtRisk;
    }

    public void setPopulationAtRisk(Double populationAtRisk) {
        this.populationAtRisk = populationAtRisk;
    }

    public Boolean getDrinkingWaterAbstraction() {
        return drinkingWaterAbstraction;
    }

    public void setDrinkingWaterAbstraction(Boolean drinkingWaterAbstraction) {
        this.drinkingWaterAbstraction = drinkingWaterAbstraction;
    }

    public Boolean getProtectedAreaDownstream() {
        return protectedAreaDownstream;
    }

    public void setProtectedAreaDownstream(Boolean protectedAreaDownstream) {
        this.protectedAreaDownstream = protectedAreaDownstream;
    }

    public TransboundarySetting getTransboundarySetting() {
        return transboundarySetting;
    }

    public void setTransboundarySetting(TransboundarySetting transboundarySetting) {
        this.transboundarySetting = transboundarySetting;
    }

    public Double getDistanceToSurfaceWaterKm() {
        return distanceToSurfaceWaterKm;
    }

    public void setDistanceToSurfaceWaterKm(Double distanceToSurfaceWaterKm) {
        this.distanceToSurfaceWaterKm = distanceToSurfaceWaterKm;
    }

}
