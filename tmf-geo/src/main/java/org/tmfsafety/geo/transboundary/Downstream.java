package org.tmfsafety.geo.transboundary;

import java.util.List;

/**
 * The way down the river from a site's snap point to the outlet of the network.
 *
 * @param crossesBorder whether the river leaves the site's country
 * @param firstForeignCountry the first other country the river enters, or {@code null}
 * @param alongRiverKmToBorder distance along the river from the snap point to the first border crossing, or
 *        {@code null}
 * @param crossingLatitude latitude of the first border crossing, or {@code null}
 * @param crossingLongitude longitude of the first border crossing, or {@code null}
 * @param countries the countries the river passes, in flow order (each change once), the site's first
 * @param reachesLake whether the river passes or ends in a lake or inland sea
 * @param lengthKm length along the path from its start to the outlet
 * @param path the path from the snap point (or the site, along a drainage route) to the outlet as longitude,
 *        latitude pairs
 * @param route the drainage route the path starts with, or {@code null} when the site was snapped to the network
 */
public record Downstream(boolean crossesBorder, String firstForeignCountry, Double alongRiverKmToBorder,
        Double crossingLatitude, Double crossingLongitude, List<String> countries, boolean reachesLake, double lengthKm,
        List<double[]> path, RouteUse route) {

    /**
     * How a drainage route was followed. Distances along the path (to the border, to the outlet) count from the
     * site and include the route.
     *
     * @param kind how the route was recorded
     * @param lengthKm the route's length from the site to where it joins the network (or to its end)
     * @param reachesNetwork whether the route's end lies within {@link TransboundaryAnalyzer#ROUTE_END_SNAP_KM} of a
     *        mapped river, so that the path goes on down the network
     * @param reachId the reach the route joins, or {@code null}
     */
    public record RouteUse(DrainageRoute.Kind kind, double lengthKm, boolean reachesNetwork, Long reachId) {

        /** Whether a straight connector stands for the unknown way to the receiving water. */
        public boolean approximate() {
            return kind == DrainageRoute.Kind.RECEIVING_WATER;
        }
    }

    public Downstream {
        countries = List.copyOf(countries);
        path = List.copyOf(path);
    }
}
