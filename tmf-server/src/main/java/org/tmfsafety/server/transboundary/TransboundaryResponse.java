package org.tmfsafety.server.transboundary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.transboundary.Downstream;
import org.tmfsafety.geo.transboundary.DrainageRoute;
import org.tmfsafety.geo.transboundary.LocationRule;
import org.tmfsafety.geo.transboundary.TransboundaryResult;

/**
 * The transboundary screening of a site as the API returns it and as it is stored per facility.
 *
 * @param latitude the site's latitude
 * @param longitude the site's longitude
 * @param country ISO 3166-1 alpha-3 of the country the site lies in, or null
 * @param borderDistanceKm geodesic distance to the nearest land border, or null
 * @param nearestForeignCountry the country across that border, or null
 * @param snapDistanceKm distance to the river the site drains to, or null when none lies within maxSnapKm
 * @param maxSnapKm the snap distance searched
 * @param reachId the reach snapped to, or null
 * @param downstream the way down the river, or null without a river
 * @param potentialTransboundaryEffect the location rule's verdict
 * @param criteriaMet the parts of the rule that flagged the site
 * @param rule the rule and its parameters
 * @param network the river network used
 * @param computedAt when it was computed
 * @param verdict a potential effect, no effect found along a mapped river, or undetermined
 * @param undetermined why it is undetermined, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TransboundaryResponse(double latitude, double longitude, String country, Double borderDistanceKm,
        String nearestForeignCountry, Double snapDistanceKm, double maxSnapKm, Long reachId, DownstreamJson downstream,
        boolean potentialTransboundaryEffect, List<TransboundaryResult.Criterion> criteriaMet, Rule rule,
        NetworkInfo network, OffsetDateTime computedAt, TransboundaryResult.Verdict verdict,
        TransboundaryResult.Undetermined undetermined) {

    /**
     * The way down the river.
     *
     * @param crossesBorder whether the river leaves the site's country
     * @param firstForeignCountry the first other country it enters, or null
     * @param alongRiverKmToBorder distance along the river to that border, or null
     * @param crossing where the river crosses that border, or null
     * @param countries the countries passed, in flow order
     * @param reachesLake whether the river passes or ends in a lake or inland sea
     * @param lengthKm length along the path (from the snap point, or from the site along its drainage route) to the
     *        outlet of the network
     * @param path the path as a GeoJSON LineString
     * @param route the drainage route the path starts with, or null when the site was snapped to the nearest river
     */
    public record DownstreamJson(boolean crossesBorder, String firstForeignCountry, Double alongRiverKmToBorder,
            Point crossing, List<String> countries, boolean reachesLake, double lengthKm, LineString path,
            RouteJson route) {
    }

    /**
     * How the path follows a recorded drainage route.
     *
     * @param kind {@code DRAWN} (a line along the water's way) or {@code RECEIVING_WATER} (a straight connector to a
     *        point picked on the receiving river)
     * @param approximate whether a straight connector stands for the unknown way
     * @param lengthKm the route's length from the site to where it joins the network (or to its end)
     * @param reachesNetwork whether the route's end lies on a mapped river, so that the path goes on down the network
     * @param reachId the reach joined, or null
     * @param river the name of the river joined as the network gives it, or null
     */
    public record RouteJson(DrainageRoute.Kind kind, boolean approximate, double lengthKm, boolean reachesNetwork,
            Long reachId, String river) {
    }

    /** A point. */
    public record Point(double latitude, double longitude) {
    }

    /** A GeoJSON LineString (longitude, latitude). */
    public record LineString(String type, List<double[]> coordinates) {
    }

    /**
     * The location rule.
     *
     * @param name its name
     * @param borderDistanceKm the distance to a land border at or below which a site is flagged
     * @param alongRiverKm the distance along the river to a border crossing at or below which a site is flagged
     * @param maxSnapKm the snap distance
     * @param provisional whether these are the provisional default values
     */
    public record Rule(String name, double borderDistanceKm, double alongRiverKm, double maxSnapKm,
            boolean provisional) {
    }

    /**
     * The countries the way downstream reaches after the site's own, in flow order; else, when only the border
     * distance flagged the site, the country across the nearest border; none when the screening found no effect or
     * could not decide. These are the countries to notify of an incident and to inform of a hazardous activity.
     */
    public List<String> affectedCountries(String home) {
        if (verdict != TransboundaryResult.Verdict.POTENTIAL_EFFECT) {
            return List.of();
        }
        List<String> countries = new ArrayList<>();
        if (downstream != null) {
            for (String country : downstream.countries()) {
                if (country != null && !country.equals(home) && !countries.contains(country)) {
                    countries.add(country);
                }
            }
        }
        if (countries.isEmpty() && criteriaMet.contains(TransboundaryResult.Criterion.BORDER_DISTANCE)
                && nearestForeignCountry != null) {
            countries.add(nearestForeignCountry);
        }
        return countries;
    }

    /**
     * The river network.
     *
     * @param id the imported network's id, or null for the built-in one
     * @param name its name
     * @param reaches its number of reaches
     */
    public record NetworkInfo(Long id, String name, int reaches) {
    }

    static TransboundaryResponse of(TransboundaryResult result, RiverNetwork rivers, boolean provisional,
            NetworkInfo network, OffsetDateTime computedAt) {
        Downstream down = result.downstream();
        DownstreamJson downstream = down == null ? null
                : new DownstreamJson(down.crossesBorder(), down.firstForeignCountry(), round(down.alongRiverKmToBorder()),
                        down.crossingLatitude() == null ? null
                                : new Point(round5(down.crossingLatitude()), round5(down.crossingLongitude())),
                        down.countries(), down.reachesLake(), round(down.lengthKm()), path(down.path()),
                        route(down.route(), rivers));
        LocationRule rule = result.rule();
        return new TransboundaryResponse(result.latitude(), result.longitude(), result.country(),
                round(result.borderDistanceKm()), result.nearestForeignCountry(), round(result.snapDistanceKm()),
                result.maxSnapKm(), result.snapReachId(), downstream, result.potentialTransboundaryEffect(),
                result.criteriaMet(), new Rule(LocationRule.NAME, rule.borderDistanceKm(), rule.alongRiverKm(),
                        result.maxSnapKm(), provisional),
                network, computedAt, result.verdict(), result.undetermined());
    }

    private static RouteJson route(Downstream.RouteUse route, RiverNetwork rivers) {
        if (route == null) {
            return null;
        }
        OptionalInt reach = route.reachId() == null ? OptionalInt.empty() : rivers.indexOf(route.reachId());
        String river = reach.isPresent() ? rivers.name(reach.getAsInt()) : null;
        return new RouteJson(route.kind(), route.approximate(), round(route.lengthKm()), route.reachesNetwork(),
                route.reachId(), river == null || river.isBlank() ? null : river);
    }

    /** Coordinates rounded to 5 decimals (about 1 m), consecutive duplicates dropped. */
    private static LineString path(List<double[]> points) {
        List<double[]> coordinates = new ArrayList<>(points.size());
        for (double[] point : points) {
            double[] rounded = { round5(point[0]), round5(point[1]) };
            double[] last = coordinates.isEmpty() ? null : coordinates.get(coordinates.size() - 1);
            if (last == null || last[0] != rounded[0] || last[1] != rounded[1]) {
                coordinates.add(rounded);
            }
        }
        return new LineString("LineString", coordinates);
    }

    /** Kilometres to metres precision. */
    private static Double round(Double km) {
        return km == null ? null : Math.round(km * 1000) / 1000.0;
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
