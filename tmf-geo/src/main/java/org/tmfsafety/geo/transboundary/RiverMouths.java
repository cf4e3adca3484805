package org.tmfsafety.geo.transboundary;

import java.util.Objects;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.LineNetworkBuilder;

/**
 * Tells river mouths from sources for plain line networks: a line end is a likely mouth when a lake or inland
 * sea lies within {@link #REACH_KM}, or when one of eight points at that distance around it (every 45°,
 * geodesic) lies outside every country, that is at sea.
 */
public final class RiverMouths implements LineNetworkBuilder.OutletHint {

    /** How far from a line end water is looked for, in kilometres (E17). */
    public static final double REACH_KM = 5;

    private final CountryIndex countries;

    private final WaterBodies water;

    public RiverMouths(CountryIndex countries, WaterBodies water) {
        this.countries = Objects.requireNonNull(countries);
        this.water = Objects.requireNonNull(water);
    }

    @Override
    public boolean likelyOutlet(double latitude, double longitude) {
        if (water.isWithin(latitude, longitude, REACH_KM)) {
            return true;
        }
        for (int azimuth = 0; azimuth < 360; azimuth += 45) {
            GeodesicData around = Geodesic.WGS84.Direct(latitude, longitude, azimuth, REACH_KM * 1000);
            if (countries.countryAt(around.lat2, around.lon2).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
