package org.tmfsafety.server.exchange;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.system.ProblemWriter;

/** The exchange API: neighbours (administrators), what was pulled from them, upstream threats, notifications. */
@RestController
@Tag(name = "Exchange", description = "Exchange between national registries: neighbours, their published facilities, "
        + "upstream threats and incident notifications")
class ExchangeApiController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Neighbours neighbours;

    private final NeighbourPull pull;

    private final ExchangeRepository repository;

    private final IncomingNotifications notifications;

    private final ProblemWriter problems;

    private final JsonMapper json;

    ExchangeApiController(Neighbours neighbours, NeighbourPull pull, ExchangeRepository repository,
            IncomingNotifications notifications, ProblemWriter problems, JsonMapper json) {
        this.neighbours = neighbours;
        this.pull = pull;
        this.repository = repository;
        this.notifications = notifications;
        this.problems = problems;
        this.json = json;
    }

    @GetMapping("/api/v1/exchange/neighbours")
    @Operation(summary = "The neighbouring instances (administrators); tokens and secrets are never returned")
    List<Neighbour> list() {
        return neighbours.all();
    }

    @GetMapping("/api/v1/exchange/neighbours/{id}")
    @Operation(summary = "One neighbouring instance (administrators)")
    Neighbour get(@PathVariable long id) {
        return neighbours.require(id);
    }

    @PostMapping("/api/v1/exchange/neighbours")
    @Operation(summary = "Names a neighbouring instance (administrators): name, country, baseUrl, readToken, signingSecret")
    ResponseEntity<Neighbour> create(@RequestBody NeighbourInput input) {
        Neighbour created = neighbours.create(input);
        return ResponseEntity.created(URI.create("/api/v1/exchange/neighbours/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/exchange/neighbours/{id}")
    @Operation(summary = "Changes a neighbouring instance (administrators); needs the version read, blank tokens are kept")
    Neighbour update(@PathVariable long id, @RequestBody NeighbourInput input) {
        return neighbours.update(id, input);
    }

    @DeleteMapping("/api/v1/exchange/neighbours/{id}")
    @Operation(summary = "Removes a neighbouring instance with what was pulled from it (administrators)")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        neighbours.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/exchange/pull")
    @Operation(summary = "Pulls from every neighbour now (administrators); answers the neighbours with their pull state")
    List<Neighbour> pullNow() {
        pull.pullAll();
        return neighbours.all();
    }

    @GetMapping("/api/v1/exchange/facilities")
    @Operation(summary = "The facilities pulled from neighbours (their published data, read-only here)")
    List<NeighbourFacility> facilities() {
        return repository.facilities();
    }

    /**
     * The upstream threats.
     *
     * @param country this instance's own country
     * @param items the neighbours' facilities whose downstream path enters it, nearest to its border first
     */
    record UpstreamThreats(String country, List<NeighbourFacility> items) {
    }

    @GetMapping("/api/v1/exchange/upstream-threats")
    @Operation(summary = "Neighbours' facilities whose downstream path enters this instance's country",
            description = "With ratings, verdicts, the distance along the path to the own border and the travel time "
                    + "range to it (computed here from the pulled path and the configured flow velocities).")
    UpstreamThreats threats() {
        return new UpstreamThreats(neighbours.ownCountry(), repository.threats());
    }

    @GetMapping("/api/v1/exchange/accidents")
    @Operation(summary = "The accidents of the neighbours' countries with their lessons, as pulled")
    List<Map<String, Object>> accidents() throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ExchangeRepository.NeighbourAccident accident : repository.accidents()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("neighbourId", accident.neighbourId());
            item.put("neighbourName", accident.neighbourName());
            item.put("remoteId", accident.remoteId());
            item.put("year", accident.year());
            item.put("facilityName", accident.facilityName());
            item.put("place", accident.place());
            item.put("country", accident.country());
            item.put("severity", accident.severity());
            item.put("narrative", accident.narrativeJson() == null ? null : json.readTree(accident.narrativeJson()));
            item.put("lessons", json.readTree(accident.lessonsJson()));
            items.add(item);
        }
        return items;
    }

    @GetMapping("/api/v1/exchange/facilities.geojson")
    @Operation(summary = "The neighbours' facilities (points, kind = facility) and downstream paths (kind = path) for "
            + "the map")
    ResponseEntity<Map<String, Object>> geoJson() throws IOException {
        List<Map<String, Object>> features = new ArrayList<>();
        for (NeighbourFacility f : repository.facilities()) {
            Map<String, Object> properties = properties(f, "facility");
            properties.put("code", f.code());
            properties.put("status", f.status());
            properties.put("thi", f.thi());
            properties.put("hazardClass", f.hazardClass());
            properties.put("tri", f.tri());
            properties.put("riskClass", f.riskClass());
            properties.put("verdict", f.verdict());
            properties.put("kmToOwnBorder", f.kmToOwnBorder());
            properties.put("hoursToOwnBorderMin", f.hoursToOwnBorderMin());
            properties.put("hoursToOwnBorderMax", f.hoursToOwnBorderMax());
            features.add(feature(Map.of("type", "Point", "coordinates", List.of(f.longitude(), f.latitude())),
                    properties));
        }
        for (ExchangeRepository.FacilityPath path : repository.paths()) {
            features.add(feature(json.readTree(path.pathJson()), properties(path.facility(), "path")));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
    }

    private static Map<String, Object> properties(NeighbourFacility f, String kind) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", kind);
        properties.put("neighbourId", f.neighbourId());
        properties.put("neighbour", f.neighbourName());
        properties.put("remoteId", f.remoteId());
        properties.put("name", f.name());
        properties.put("country", f.country());
        properties.put("entersOwnCountry", f.entersOwnCountry());
        return properties;
    }

    private static Map<String, Object> feature(Object geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /**
     * A stored notification's id.
     *
     * @param id the id
     * @param created whether it is new (false: it had been received before and is not stored again)
     */
    record ReceivedJson(long id, boolean created) {
    }

    @PostMapping(value = Neighbours.INCOMING_PATH, consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Receives an incident notification document from a neighbour (format in docs/exchange.md)",
            description = "Authenticated by X-TMF-Neighbour (the sender's country code) and X-TMF-Signature "
                    + "(sha256=<hex> HMAC-SHA256 of the raw body with the secret shared with that neighbour): 401 "
                    + "without a valid signature, 400 naming the field for a malformed document, 201 when stored, 200 "
                    + "when the same number and report type had been received before.")
    ResponseEntity<ReceivedJson> receive(@RequestHeader(name = Signatures.NEIGHBOUR_HEADER, required = false) String from,
            @RequestHeader(name = Signatures.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        IncomingNotifications.Received received = notifications.receive(from, signature, body == null ? new byte[0] : body);
        return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .body(new ReceivedJson(received.id(), received.created()));
    }

    @ExceptionHandler(IncomingNotifications.UnsignedException.class)
    void unsigned(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, 401, "unauthorized", "exchange.incoming.unsigned");
    }

    @GetMapping(Neighbours.INCOMING_PATH)
    @Operation(summary = "The incident notifications received from neighbours (inspectors, authorities, administrators)")
    List<IncomingNotification> notifications() {
        return notifications.list();
    }

    @GetMapping(Neighbours.INCOMING_PATH + "/{id}")
    @Operation(summary = "One incident notification received from a neighbour")
    IncomingNotification notification(@PathVariable long id) {
        return notifications.get(id);
    }

    /**
     * An acknowledgement.
     *
     * @param version the notification's version read
     * @param note a note to the sender, or null
     */
    record AcknowledgementJson(Integer version, String note) {
    }

    @PostMapping(Neighbours.INCOMING_PATH + "/{id}/acknowledgement")
    @Operation(summary = "Acknowledges a notification (authorities, administrators): recorded here and posted to the "
            + "sender's receipt URL (retried while it cannot be reached)")
    IncomingNotification acknowledge(@PathVariable long id, @RequestBody AcknowledgementJson acknowledgement) {
        return notifications.acknowledge(id, acknowledgement.version(), acknowledgement.note());
    }
}
