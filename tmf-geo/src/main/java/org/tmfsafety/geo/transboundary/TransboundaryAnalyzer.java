package org.tmfsafety.geo.transboundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

import org.tmfsafety.geo.country.BorderProximity;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.river.DownstreamPath;
import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.river.RiverSnap;

/**
 * Screens sites for a potential transboundary effect: country and nearest land border, snap to the nearest
 * river within the snap distance (or a recorded drainage route from the site to the network), downstream trace to
 * the outlet with the countries passed, the first border crossing and the lakes reached, and the location rule.
 * Safe for concurrent use; the country and lake of each vertex of a traced reach are worked out once and kept.
 */
public final class TransboundaryAnalyzer {

    /** Default snap distance in kilometres (provisional, E15). */
    public static final double DEFAULT_MAX_SNAP_KM = 10;

    /** A river ending this close to a lake or inland sea is taken to flow into it (E16). */
    public static final double OUTLET_WATER_TOLERANCE_KM = 5;

    /**
     * A drainage route whose last point lies this close to a mapped river joins it (E16d, provisional: about what a
     * click on a regional map misses a river by).
     */
    public static final double ROUTE_END_SNAP_KM = 2;

    /** Bisection steps locating a border between two vertices (a millionth of the segment). */
    private static final int BISECTION_STEPS = 20;

    private final CountryIndex countries;

    private final RiverNetwork network;

    private final WaterBodies water;

    private final double maxSnapKm;

    private final LocationRule rule;

    private final boolean networkTooCoarse;

    private final AtomicReferenceArray<ReachZones> zones;

    /** The network's extent: south, west, north, east in degrees (empty network: nothing is inside). */
    private final double[] extent;

    /**
     * @param countries the countries, keyed as results should name them (ISO 3166-1 alpha-3)
     * @param network the river network
     * @param water lakes and inland seas
     * @param maxSnapKm how far from a site a river may be to count as the one it drains to
     * @param rule the location rule
     */
    public TransboundaryAnalyzer(CountryIndex countries, RiverNetwork network, WaterBodies water, double maxSnapKm,
            LocationRule rule) {
        this(countries, network, water, maxSnapKm, rule, false);
    }

    /**
     * @param countries the countries, keyed as results should name them (ISO 3166-1 alpha-3)
     * @param network the river network
     * @param water lakes and inland seas
     * @param maxSnapKm how far from a site a river may be to count as the one it drains to
     * @param rule the location rule
     * @param networkTooCoarse whether the network is marked as too coarse for sites (by the scale it is good for):
     *        a site without a mapped river nearby is then undetermined for that reason
     */
    public TransboundaryAnalyzer(CountryIndex countries, RiverNetwork network, WaterBodies water, double maxSnapKm,
            LocationRule rule, boolean networkTooCoarse) {
        if (!(maxSnapKm >= 0) || Double.isInfinite(maxSnapKm)) {
            throw new IllegalArgumentException("the snap distance must be finite and zero or positive");
        }
        this.countries = Objects.requireNonNull(countries);
        this.network = Objects.requireNonNull(network);
        this.water = Objects.requireNonNull(water);
        this.maxSnapKm = maxSnapKm;
        this.rule = Objects.requireNonNull(rule);
        this.networkTooCoarse = networkTooCoarse;
        this.zones = new AtomicReferenceArray<>(network.size());
        this.extent = extent(network);
    }

    private static double[] extent(RiverNetwork network) {
        double[] box = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY };
        for (int reach = 0; reach < network.size(); reach++) {
            for (int v = 0; v < network.vertexCount(reach); v++) {
                box[0] = Math.min(box[0], network.latitude(reach, v));
                box[1] = Math.min(box[1], network.longitude(reach, v));
                box[2] = Math.max(box[2], network.latitude(reach, v));
                box[3] = Math.max(box[3], network.longitude(reach, v));
            }
        }
        return box;
    }

    /**
     * Whether the site lies within the network's extent (its vertices' bounding box, widened by the snap distance): a
     * site outside it may drain to a river the network does not cover.
     */
    boolean withinNetworkExtent(double latitude, double longitude) {
        double margin = maxSnapKm / 111.0;
        double lonMargin = margin / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return latitude >= extent[0] - margin && latitude <= extent[2] + margin && longitude >= extent[1] - lonMargin
                && longitude <= extent[3] + lonMargin;
    }

    /** The countries. */
    public CountryIndex countries() {
        return countries;
    }

    /** The lakes and inland seas. */
    public WaterBodies water() {
        return water;
    }

    /** The network analysed. */
    public RiverNetwork network() {
        return network;
    }

    /** The location rule applied. */
    public LocationRule rule() {
        return rule;
    }

    /** The snap distance in kilometres. */
    public double maxSnapKm() {
        return maxSnapKm;
    }

    /** Whether the network is marked as too coarse for sites. */
    public boolean networkTooCoarse() {
        return networkTooCoarse;
    }

    /** Screens one site by its snap to the nearest river. */
    public TransboundaryResult analyze(double latitude, double longitude) {
        return analyze(latitude, longitude, null);
    }

    /**
     * Screens one site; with a drainage route, the way down runs from the site along the route and, where the route
     * ends on a mapped river, on down the network, instead of starting at the site's snap point.
     *
     * @param route the site's drainage route, or {@code null} to snap the site to the nearest river
     */
    public TransboundaryResult analyze(double latitude, double longitude, DrainageRoute route) {
        String country = countries.countryAt(latitude, longitude).orElse(null);
        Optional<BorderProximity> border = country == null ? Optional.empty()
                : countries.nearestBorder(country, latitude, longitude);
        Optional<RiverSnap> snap = network.snap(latitude, longitude, maxSnapKm);
        Downstream downstream = route != null ? routed(country, latitude, longitude, route)
                : snap.map(s -> downstream(country, network.trace(s))).orElse(null);
        List<TransboundaryResult.Criterion> met = new ArrayList<>();
        if (border.isPresent() && border.get().distanceKm() <= rule.borderDistanceKm()) {
            met.add(TransboundaryResult.Criterion.BORDER_DISTANCE);
        }
        if (downstream != null && downstream.crossesBorder()
                && downstream.alongRiverKmToBorder() <= rule.alongRiverKm()) {
            met.add(TransboundaryResult.Criterion.DOWNSTREAM_CROSSING);
        }
        TransboundaryResult.Verdict verdict;
        TransboundaryResult.Undetermined undetermined = null;
        if (!met.isEmpty()) {
            verdict = TransboundaryResult.Verdict.POTENTIAL_EFFECT;
        }
        else if (route != null) {
            DrainageRoute.Point end = route.end();
            boolean ends = downstream.route().reachesNetwork()
                    || water.isWithin(end.latitude(), end.longitude(), OUTLET_WATER_TOLERANCE_KM);
            verdict = ends ? TransboundaryResult.Verdict.NO_EFFECT_FOUND : TransboundaryResult.Verdict.UNDETERMINED;
            undetermined = ends ? null : TransboundaryResult.Undetermined.ROUTE_OFF_NETWORK;
        }
        else if (snap.isPresent()) {
            verdict = TransboundaryResult.Verdict.NO_EFFECT_FOUND;
        }
        else {
            verdict = TransboundaryResult.Verdict.UNDETERMINED;
            undetermined = !withinNetworkExtent(latitude, longitude)
                    ? TransboundaryResult.Undetermined.OUTSIDE_NETWORK_EXTENT
                    : networkTooCoarse ? TransboundaryResult.Undetermined.NETWORK_TOO_COARSE
                            : TransboundaryResult.Undetermined.NO_MAPPED_RIVER;
        }
        return new TransboundaryResult(latitude, longitude, country,
                border.map(BorderProximity::distanceKm).orElse(null),
                border.map(BorderProximity::foreignCountry).orElse(null),
                snap.map(RiverSnap::distanceKm).orElse(null), snap.map(RiverSnap::reachId).orElse(null), maxSnapKm,
                downstream, !met.isEmpty(), met, rule, verdict, undetermined);
    }

    private Downstream downstream(String siteCountry, DownstreamPath trace) {
        RiverSnap start = trace.start();
        Walk walk = new Walk(siteCountry);
        walk.begin(start.latitude(), start.longitude(), countryAt(start.latitude(), start.longitude()),
                water.contains(start.latitude(), start.longitude()));
        follow(walk, trace);
        return walk.downstream(trace.lengthKm(), null);
    }

    /**
     * The way down along a drainage route: from the site through the route's points (each segment measured
     * geodesically, countries and lakes checked at every point and borders located between them), then, when the
     * route's last point lies within {@link #ROUTE_END_SNAP_KM} of a river, from that point on the river down the
     * network.
     */
    private Downstream routed(String siteCountry, double latitude, double longitude, DrainageRoute route) {
        Walk walk = new Walk(siteCountry);
        walk.begin(latitude, longitude, countryAt(latitude, longitude), water.contains(latitude, longitude));
        for (DrainageRoute.Point point : route.points()) {
            walk.step(point.latitude(), point.longitude(), countryAt(point.latitude(), point.longitude()),
                    water.contains(point.latitude(), point.longitude()), Double.NaN, 1);
        }
        DrainageRoute.Point end = route.end();
        Optional<RiverSnap> joined = network.snap(end.latitude(), end.longitude(), ROUTE_END_SNAP_KM);
        if (joined.isEmpty()) {
            double routeKm = walk.km;
            return walk.downstream(routeKm, new Downstream.RouteUse(route.kind(), routeKm, false, null));
        }
        RiverSnap start = joined.get();
        walk.step(start.latitude(), start.longitude(), countryAt(start.latitude(), start.longitude()),
                water.contains(start.latitude(), start.longitude()), Double.NaN, 1);
        double routeKm = walk.km;
        DownstreamPath trace = network.trace(start);
        follow(walk, trace);
        return walk.downstream(routeKm + trace.lengthKm(),
                new Downstream.RouteUse(route.kind(), routeKm, true, start.reachId()));
    }

    /** Walks the reaches of a trace from its snap point to the outlet. */
    private void follow(Walk walk, DownstreamPath trace) {
        RiverSnap start = trace.start();
        for (int i = 0; i < trace.reachCount(); i++) {
            int reach = trace.reach(i);
            ReachZones reachZones = zonesOf(reach);
            int first = i == 0 ? start.segment() + 1 : 0;
            for (int v = first; v < network.vertexCount(reach); v++) {
                double knownKm = v == first ? Double.NaN
                        : (reachZones.cumulativeKm[v] - reachZones.cumulativeKm[v - 1]) * reachZones.scale;
                walk.step(network.latitude(reach, v), network.longitude(reach, v), reachZones.country[v],
                        reachZones.inWater[v], knownKm, reachZones.scale);
            }
        }
    }

    private String countryAt(double latitude, double longitude) {
        return countries.countryAt(latitude, longitude).orElse(null);
    }

    private ReachZones zonesOf(int reach) {
        ReachZones known = zones.get(reach);
        if (known != null) {
            return known;
        }
        int n = network.vertexCount(reach);
        String[] country = new String[n];
        boolean[] inWater = new boolean[n];
        double[] cumulativeKm = new double[n];
        for (int v = 0; v < n; v++) {
            double lat = network.latitude(reach, v);
            double lon = network.longitude(reach, v);
            country[v] = countryAt(lat, lon);
            inWater[v] = water.contains(lat, lon);
            if (v > 0) {
                cumulativeKm[v] = cumulativeKm[v - 1] + geodesicKm(network.latitude(reach, v - 1),
                        network.longitude(reach, v - 1), lat, lon);
            }
        }
        double scale = cumulativeKm[n - 1] > 0 ? network.lengthKm(reach) / cumulativeKm[n - 1] : 1;
        ReachZones computed = new ReachZones(country, inWater, cumulativeKm, scale);
        zones.compareAndSet(reach, null, computed);
        return computed;
    }

    /**
     * The country and water body of each vertex of a reach (country {@code null} outside every country), the
     * geodesic length along the reach up to each vertex, and the factor to the reach's stated length.
     */
    private record ReachZones(String[] country, boolean[] inWater, double[] cumulativeKm, double scale) {
    }

    private static double geodesicKm(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }

    /** The state of a walk down the path: distance so far, countries passed, the first crossing. */
    private final class Walk {

        final String siteCountry;

        String origin;

        final List<double[]> path = new ArrayList<>();

        final List<String> sequence = new ArrayList<>();

        double km;

        String previousCountry;

        boolean inWater;

        String firstForeign;

        Double crossingKm;

        double[] crossing;

        Walk(String siteCountry) {
            this.siteCountry = siteCountry;
        }

        /** The walk's result; the path ends in a lake when it passed one or its last point lies near one. */
        Downstream downstream(double lengthKm, Downstream.RouteUse route) {
            double[] end = path.get(path.size() - 1);
            boolean reachesLake = inWater || water.isWithin(end[1], end[0], OUTLET_WATER_TOLERANCE_KM);
            return new Downstream(crossingKm != null, firstForeign, crossingKm, crossing == null ? null : crossing[0],
                    crossing == null ? null : crossing[1], sequence, reachesLake, lengthKm, path, route);
        }

        void begin(double lat, double lon, String country, boolean water) {
            origin = siteCountry != null ? siteCountry : country;
            if (origin != null) {
                sequence.add(origin);
            }
            path.add(new double[] { lon, lat });
            previousCountry = origin;
            inWater = water;
            enter(country, lat, lon, lat, lon, 0);
        }

        /**
         * Moves to the next vertex; knownKm is the (scaled) length of the segment when the reach's cache has it,
         * NaN when it must be measured (from the snap point, or across a gap between reaches).
         */
        void step(double lat, double lon, String country, boolean water, double knownKm, double scale) {
            double[] previous = path.get(path.size() - 1);
            if (previous[0] == lon && previous[1] == lat) {
                return;
            }
            double segmentKm = Double.isNaN(knownKm) ? geodesicKm(previous[1], previous[0], lat, lon) * scale : knownKm;
            enter(country, previous[1], previous[0], lat, lon, segmentKm);
            km += segmentKm;
            path.add(new double[] { lon, lat });
            inWater |= water;
        }

        /**
         * Notes a change of country between the previous point and this one: the border is located by bisection
         * along the segment, and the first entry into a country other than the site's is the crossing.
         */
        private void enter(String country, double fromLat, double fromLon, double lat, double lon,
                double segmentKm) {
            if (country == null || country.equals(previousCountry)) {
                if (country != null) {
                    previousCountry = country;
                }
                return;
            }
            double before = 0;
            double after = 1;
            for (int i = 0; i < BISECTION_STEPS && segmentKm > 0; i++) {
                double middle = (before + after) / 2;
                String there = countryAt(fromLat + middle * (lat - fromLat), fromLon + middle * (lon - fromLon));
                if (country.equals(there)) {
                    after = middle;
                }
                else {
                    before = middle;
                }
            }
            if (crossingKm == null && origin != null && !country.equals(origin)) {
                crossingKm = km + after * segmentKm;
                crossing = new double[] { fromLat + after * (lat - fromLat), fromLon + after * (lon - fromLon) };
                firstForeign = country;
            }
            if (origin == null) {
                origin = country;
            }
            if (sequence.isEmpty() || !sequence.get(sequence.size() - 1).equals(country)) {
                sequence.add(country);
            }
            previousCountry = country;
        }
    }
}
