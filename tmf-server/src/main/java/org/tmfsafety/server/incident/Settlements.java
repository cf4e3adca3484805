package org.tmfsafety.server.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tmfsafety.geo.transboundary.PlacesNearPath;
import org.tmfsafety.server.country.CountryShapes;
import org.tmfsafety.server.transboundary.TransboundaryResponse;

/**
 * The populated places near a downstream path, from the committed Natural Earth 1:50m extract
 * ({@code geo/populated-places-central-asia.geojson}, see its PROVENANCE.md). The layer holds large places only, so
 * an empty answer means "none of the layer's places", never "no one lives there".
 */
@Component
class Settlements {

    static final String RESOURCE = "geo/populated-places-central-asia.geojson";

    /** A place of the layer; the country is the product's, from the country boundaries. */
    record Place(String name, String nameRu, String country, double latitude, double longitude, Long population) {
    }

    private final List<PlacesNearPath.Place> places;

    private final double maxKm;

    Settlements(JsonMapper json, CountryShapes countries,
            @Value("${tmf.incidents.settlement-distance-km:15}") double maxKm) {
        this.maxKm = maxKm;
        JsonNode layer;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            layer = json.readTree(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<PlacesNearPath.Place> all = new ArrayList<>();
        for (JsonNode feature : layer.get("features")) {
            JsonNode properties = feature.get("properties");
            double longitude = feature.get("geometry").get("coordinates").get(0).asDouble();
            double latitude = feature.get("geometry").get("coordinates").get(1).asDouble();
            JsonNode population = properties.get("POP_MAX");
            Place place = new Place(properties.get("NAME").asString(),
                    properties.path("NAME_RU").isString() ? properties.get("NAME_RU").asString() : null,
                    countries.index().countryAt(latitude, longitude).orElse(null), latitude, longitude,
                    population == null || population.isNull() ? null : population.asLong());
            all.add(new PlacesNearPath.Place(place, latitude, longitude));
        }
        this.places = List.copyOf(all);
    }

    /** The distance from the path within which places are named. */
    double maxKm() {
        return maxKm;
    }

    /** The places within {@link #maxKm()} of the path, in the order they lie along it. */
    List<Facts.Settlement> near(TransboundaryResponse.LineString path) {
        if (path == null || path.coordinates().isEmpty()) {
            return List.of();
        }
        return PlacesNearPath.within(path.coordinates(), places, maxKm).stream().map(near -> {
            Place place = (Place) near.place().key();
            return new Facts.Settlement(place.name(), place.nameRu(), place.country(), round(near.alongKm()),
                    round(near.offKm()), place.population());
        }).toList();
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
