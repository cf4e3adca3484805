package org.tmfsafety.methodology.size;

/**
 * What is known about a facility's size; any fact may be unknown (null). Known facts must be finite and
 * above 0.
 *
 * @param storedVolumeM3 stored tailings volume, m³
 * @param designCapacityM3 design or authorised capacity, m³
 * @param storedTonnageT stored tailings mass, t
 * @param designTonnageT design or authorised tailings mass, t
 * @param impoundmentAreaHa area of the impoundment, ha
 * @param damHeightM maximum height of the dam, m
 * @param annualOreThroughputT ore processed per year by the concentrator feeding the facility, t
 * @param throughputYears years of operation at that throughput
 */
public record SizeFacts(Double storedVolumeM3, Double designCapacityM3, Double storedTonnageT, Double designTonnageT,
        Double impoundmentAreaHa, Double damHeightM, Double annualOreThroughputT, Integer throughputYears) {

    public SizeFacts {
        positive("storedVolumeM3", storedVolumeM3);
        positive("designCapacityM3", designCapacityM3);
        positive("storedTonnageT", storedTonnageT);
        positive("designTonnageT", designTonnageT);
        positive("impoundmentAreaHa", impoundmentAreaHa);
        positive("damHeightM", damHeightM);
        positive("annualOreThroughputT", annualOreThroughputT);
        positive("throughputYears", throughputYears == null ? null : throughputYears.doubleValue());
    }

    /** Facts of a facility of which only the stored volume may be known. */
    public static SizeFacts ofStoredVolume(Double storedVolumeM3) {
        return new SizeFacts(storedVolumeM3, null, null, null, null, null, null, null);
    }

    private static void positive(String field, Double value) {
        if (value != null && !(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(field + " must be a finite number above 0, not " + value);
        }
    }

}
