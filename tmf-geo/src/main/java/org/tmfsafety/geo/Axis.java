package org.tmfsafety.geo;

/** The two axes of a WGS84 position, with their valid ranges in decimal degrees. */
public enum Axis {

    /** North-south position, -90 to 90 degrees, positive north. */
    LATITUDE(90),

    /** East-west position, -180 to 180 degrees, positive east. */
    LONGITUDE(180);

    private final double limit;

    Axis(double limit) {
        this.limit = limit;
    }

    /** Returns the largest absolute value a coordinate on this axis can take. */
    public double limit() {
        return limit;
    }

    /** Returns whether {@code degrees} is a finite value within this axis' range. */
    public boolean contains(double degrees) {
        return Double.isFinite(degrees) && Math.abs(degrees) <= limit;
    }

}
