package org.tmfsafety.server.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.country.CountryShapes;
import org.tmfsafety.server.system.ClusterJobs;
import org.tmfsafety.server.transboundary.TravelTimes;

/**
 * Pulls from every neighbour its published facilities with their ratings and transboundary verdicts
 * ({@code /api/v1/facilities.geojson}), their downstream paths ({@code /api/v1/facilities/downstream-paths.geojson})
 * and the accidents of its country with their lessons ({@code /api/v1/accidents}), sending the neighbour's read token
 * as a bearer token. A successful pull replaces what was pulled before; a failed one keeps it and records the error.
 * Runs every {@code tmf.exchange.pull-interval} on one node ({@link ClusterJobs}), and when an administrator asks.
 */
@Component
class NeighbourPull {

    static final String JOB = "neighbour-pull";

    private static final Logger log = LoggerFactory.getLogger(NeighbourPull.class);

    private final ExchangeRepository repository;

    private final ClusterJobs jobs;

    private final ExchangeSettings settings;

    private final CountryShapes shapes;

    private final TravelTimes travelTimes;

    private final JsonMapper json;

    private final HttpClient http;

    NeighbourPull(ExchangeRepository repository, ClusterJobs jobs, ExchangeSettings settings, CountryShapes shapes,
            TravelTimes travelTimes, JsonMapper json) {
        this.repository = repository;
        this.jobs = jobs;
        this.settings = settings;
        this.shapes = shapes;
        this.travelTimes = travelTimes;
        this.json = json;
        this.http = Neighbours.httpClient(settings);
    }

    @Scheduled(fixedDelayString = "${tmf.jobs.poll:PT1M}", initialDelayString = "${tmf.jobs.initial-delay:PT20S}")
    void poll() {
        jobs.runIfDue(JOB, settings.pullInterval(), this::pullAll);
    }

    /** Pulls from every neighbour; returns a summary (how many succeeded and failed). */
    String pullAll() {
        int ok = 0;
        int failed = 0;
        for (Neighbour neighbour : repository.neighbours()) {
            if (pull(neighbour)) {
                ok++;
            }
            else {
                failed++;
            }
        }
        return "pulled " + ok + ", failed " + failed;
    }

    /** A failed pull: the message key and its argument. */
    static final class PullFailure extends Exception {

        private static final long serialVersionUID = 1L;

        final String key;

        final String arg;

        PullFailure(String key, String arg) {
            super(key + " " + arg);
            this.key = key;
            this.arg = arg;
        }
    }

    /** Pulls from one neighbour; returns whether it succeeded. */
    boolean pull(Neighbour neighbour) {
        Optional<String> token = repository.readToken(neighbour.id());
        try {
            JsonNode facilities = get(neighbour, token, "/api/v1/facilities.geojson");
            JsonNode paths = get(neighbour, token, "/api/v1/facilities/downstream-paths.geojson");
            JsonNode accidents = get(neighbour, token, "/api/v1/accidents?size=500&country=" + neighbour.country());
            List<ExchangeRepository.PulledFacility> pulled = facilities(neighbour.country(), facilities, paths,
                    token.isPresent());
            List<ExchangeRepository.PulledAccident> pulledAccidents = new ArrayList<>();
            for (JsonNode item : accidents.path("items")) {
                JsonNode details = get(neighbour, token, "/api/v1/accidents/" + item.path("id").asLong());
                pulledAccidents.add(new ExchangeRepository.PulledAccident(item.path("id").asLong(),
                        item.path("year").asInt(), text(item, "facilityName"), text(item, "place"), text(item, "country"),
                        text(item, "severity"), item.path("narrative").isObject() ? item.path("narrative").toString() : null,
                        details.path("lessons").isArray() ? details.path("lessons").toString() : "[]"));
            }
            repository.replacePulled(neighbour.id(), pulled, pulledAccidents);
            log.info("Pulled {} facilities and {} accidents from neighbour {}", pulled.size(), pulledAccidents.size(),
                    neighbour.name());
            return true;
        }
        catch (PullFailure failure) {
            log.warn("Pull from neighbour {} failed: {}", neighbour.name(), failure.getMessage());
            repository.recordFailure(neighbour.id(), failure.key, failure.arg);
            return false;
        }
        catch (RuntimeException ex) {
            log.warn("Pull from neighbour {} failed", neighbour.name(), ex);
            repository.recordFailure(neighbour.id(), "exchange.pull.error.unreadable", null);
            return false;
        }
    }

    private JsonNode get(Neighbour neighbour, Optional<String> token, String path) throws PullFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(neighbour.url(path)))
            .timeout(settings.timeout())
            .header("Accept", "application/json, application/geo+json")
            .header("Accept-Language", "en");
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException ex) {
            throw new PullFailure("exchange.pull.error.unreachable", neighbour.baseUrl());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PullFailure("exchange.pull.error.unreachable", neighbour.baseUrl());
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new PullFailure("exchange.pull.error.refused", String.valueOf(response.statusCode()));
        }
        if (response.statusCode() != 200) {
            throw new PullFailure("exchange.pull.error.status", response.statusCode() + " " + path);
        }
        try {
            return json.readTree(response.body());
        }
        catch (JacksonException ex) {
            throw new PullFailure("exchange.pull.error.unreadable", path);
        }
    }

    /**
     * The published facilities of the neighbour's own country with their paths, and what they mean for the own
     * country. A registry speaks for its own country: what it holds of other countries' facilities is not pulled.
     */
    private List<ExchangeRepository.PulledFacility> facilities(String neighbourCountry, JsonNode facilities,
            JsonNode paths, boolean withToken) throws PullFailure {
        if (!facilities.path("features").isArray() || !paths.path("features").isArray()) {
            throw new PullFailure("exchange.pull.error.unreadable", "features");
        }
        Map<Long, JsonNode> pathById = new HashMap<>();
        for (JsonNode feature : paths.path("features")) {
            if ("LineString".equals(feature.path("geometry").path("type").asString(""))
                    && !"crossing".equals(feature.path("properties").path("kind").asString(""))) {
                pathById.put(feature.path("properties").path("id").asLong(), feature);
            }
        }
        String own = settings.country();
        List<ExchangeRepository.PulledFacility> pulled = new ArrayList<>();
        for (JsonNode feature : facilities.path("features")) {
            JsonNode p = feature.path("properties");
            JsonNode published = p.path("published");
            // An older neighbour does not say; without a token it answers with published facilities only.
            if ((published.isMissingNode() ? withToken : !published.asBoolean(false))
                    || !neighbourCountry.equals(text(p, "country"))) {
                continue;
            }
            JsonNode point = feature.path("geometry").path("coordinates");
            long id = p.path("id").asLong();
            JsonNode path = pathById.get(id);
            JsonNode pp = path == null ? null : path.path("properties");
            List<String> countries = new ArrayList<>();
            if (pp != null) {
                pp.path("countries").forEach(c -> countries.add(c.asString()));
            }
            String country = text(p, "country");
            String first = pp == null ? null : text(pp, "firstForeignCountry");
            Double along = pp == null ? null : number(pp, "alongRiverKmToBorder");
            boolean enters = countries.contains(own) && !own.equals(country)
                    || own.equals(first);
            Double kmToOwn = null;
            if (enters) {
                kmToOwn = own.equals(first) && along != null ? along : kmAlongPathTo(own, path.path("geometry"));
            }
            Double hoursMin = null;
            Double hoursMax = null;
            if (kmToOwn != null) {
                TravelTimes.Range range = travelTimes.along(kmToOwn).orElseThrow();
                hoursMin = range.shortestHours();
                hoursMax = range.longestHours();
            }
            String verdict = pp != null && pp.hasNonNull("verdict") ? text(pp, "verdict") : text(p, "transboundary");
            pulled.add(new ExchangeRepository.PulledFacility(id, text(p, "code"), text(p, "name"), country,
                    text(p, "status"), point.path(1).asDouble(), point.path(0).asDouble(), number(p, "thi"),
                    text(p, "hazardClass"), number(p, "tri"), text(p, "riskClass"), verdict, countries, first, along,
                    path == null ? null : path.path("geometry").toString(), enters, kmToOwn, hoursMin, hoursMax));
        }
        return pulled;
    }

    /**
     * The distance along a GeoJSON LineString from its start to its first vertex inside the country, or null when no
     * vertex lies inside it (to the vertex: the basemap's rivers have a vertex every few kilometres).
     */
    private Double kmAlongPathTo(String country, JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        double metres = 0;
        for (int i = 0; i < coordinates.size(); i++) {
            double lon = coordinates.path(i).path(0).asDouble();
            double lat = coordinates.path(i).path(1).asDouble();
            if (i > 0) {
                metres += Geodesic.WGS84.Inverse(coordinates.path(i - 1).path(1).asDouble(),
                        coordinates.path(i - 1).path(0).asDouble(), lat, lon, GeodesicMask.DISTANCE).s12;
            }
            if (shapes.index().countryAt(lat, lon).filter(country::equals).isPresent()) {
                return Math.round(metres) / 1000.0;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }
}
