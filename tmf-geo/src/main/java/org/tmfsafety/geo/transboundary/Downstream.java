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
 * @param lengthKm length along the river from the snap point to the outlet
 * @param path the path from the snap point to the outlet as longitude, latitude pairs
 */
public record Downstream(boolean crossesBorder, String firstForeignCountry, Double alongRiverKmToBorder,
        Double crossingLatitude, Double crossingLongitude, List<String> countries, boolean reachesLake, double lengthKm,
        List<double[]> path) {

    public Downstream {
        countries = List.copyOf(countries);
        path = List.copyOf(path);
    }
}
