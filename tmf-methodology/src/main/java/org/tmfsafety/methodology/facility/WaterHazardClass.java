package org.tmfsafety.methodology.facility;

/**
 * German water hazard class (Wassergefährdungsklasse, WGK) of the stored material, the toxicity input
 * of the UBA Tailings Hazard Index. Classes are ordered from least to most hazardous; {@link #UNKNOWN}
 * is kept distinct because the methodology decides explicitly how to treat a missing classification
 * (under the German AwSV ordinance an unclassified substance counts as WGK 3).
 */
public enum WaterHazardClass {

    /** nwg: not hazardous to water. */
    NWG,

    /** WGK 1: slightly hazardous to water. */
    WGK1,

    /** WGK 2: clearly hazardous to water. */
    WGK2,

    /** WGK 3: severely hazardous to water. */
    WGK3,

    /** No classification is documented. */
    UNKNOWN

}
