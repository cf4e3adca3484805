package org.tmfsafety.server.transboundary;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.server.country.CountryShapes;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverNetwork;
import org.tmfsafety.geo.transboundary.DrainageRoute;
import org.tmfsafety.geo.transboundary.TransboundaryAnalyzer;
import org.tmfsafety.geo.transboundary.WaterBodies;

/**
 * Screens sites with the river network in use (the built-in one until an administrator imports another),
 * stores each facility's result and keeps the stored results current: a facility's result is recomputed when
 * it is saved, and all results when the network or the settings change (checked at start-up).
 */
@Service
public class TransboundaryService {

    /** The map scale the built-in network (Natural Earth 1:50m) is good for (E16e). */
    static final int BUILT_IN_SCALE = 50_000_000;

    /** The name shown for the built-in network. */
    static final String BUILT_IN_NAME = "Natural Earth 1:50m rivers (built-in)";

    private static final Logger log = LoggerFactory.getLogger(TransboundaryService.class);

    private final TransboundarySettings settings;

    private final RiverNetworkRepository networks;

    private final FacilityTransboundaryRepository results;

    private final DrainageRouteRepository routes;

    private final JsonMapper json;

    private final TransactionTemplate transactions;

    private final CountryShapes countries;

    private volatile BuiltInGeography builtIn;

    private volatile Current current;

    private final ApplicationEventPublisher events;

    /** The analyzer in use and what it is built on. */
    record Current(TransboundaryAnalyzer analyzer, TransboundaryResponse.NetworkInfo network, String basis) {
    }

    TransboundaryService(TransboundarySettings settings, RiverNetworkRepository networks,
            FacilityTransboundaryRepository results, DrainageRouteRepository routes, JsonMapper json,
            TransactionTemplate transactions, CountryShapes countries, ApplicationEventPublisher events) {
        this.events = events;
        this.routes = routes;
        this.settings = settings;
        this.networks = networks;
        this.results = results;
        this.json = json;
        this.transactions = transactions;
        this.countries = countries;
    }

    /** Screens any coordinate with the network in use (nothing is stored). */
    public TransboundaryResponse analyze(double latitude, double longitude) {
        Current now = current();
        return TransboundaryResponse.of(now.analyzer().analyze(latitude, longitude), now.analyzer().network(),
                settings.provisional(),
                now.network(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Computes and stores a facility's result (inside the caller's transaction, e.g. the facility's save), along its
     * drainage route when it has one.
     */
    public void recompute(long facilityId, double latitude, double longitude) {
        recompute(facilityId, latitude, longitude, routes.find(facilityId).map(StoredDrainageRoute::route).orElse(null));
    }

    private void recompute(long facilityId, double latitude, double longitude, DrainageRoute route) {
        Current now = current();
        TransboundaryResponse result = TransboundaryResponse.of(now.analyzer().analyze(latitude, longitude, route),
                now.analyzer().network(), settings.provisional(), now.network(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        results.save(facilityId, now.basis(), result, json.writeValueAsString(result));
    }

    /** A facility's stored result as JSON, or empty when none has been computed. */
    public Optional<String> storedJson(long facilityId) {
        return results.result(facilityId);
    }

    /** A facility's stored result, or empty. */
    public Optional<TransboundaryResponse> stored(long facilityId) {
        return results.result(facilityId).map(text -> json.readValue(text, TransboundaryResponse.class));
    }

    /** The stored results of the given facilities, by id. */
    public Map<Long, TransboundaryResponse> stored(Collection<Long> facilityIds) {
        Map<Long, TransboundaryResponse> stored = new LinkedHashMap<>();
        results.results(facilityIds).forEach((id, text) -> stored.put(id, json.readValue(text, TransboundaryResponse.class)));
        return stored;
    }

    /** Recomputes the results that are missing or were made with another network or other settings. */
    @EventListener(ApplicationReadyEvent.class)
    public void recomputeStale() {
        String basis = current().basis();
        List<FacilityTransboundaryRepository.Site> stale = results.stale(basis);
        Map<Long, DrainageRoute> drainage = stale.isEmpty() ? Map.of() : routes.routes(null);
        for (FacilityTransboundaryRepository.Site site : stale) {
            transactions.executeWithoutResult(
                    status -> recompute(site.id(), site.latitude(), site.longitude(), drainage.get(site.id())));
        }
        if (!stale.isEmpty()) {
            log.info("Transboundary results computed for {} facilities ({})", stale.size(), basis);
            events.publishEvent(new TransboundaryResultsChanged(stale.stream().map(FacilityTransboundaryRepository.Site::id).toList()));
        }
    }

    /** The network in use. */
    TransboundaryResponse.NetworkInfo network() {
        return current().network();
    }

    /** The river network in use (to extend it). */
    RiverNetwork riverNetwork() {
        return current().analyzer().network();
    }

    /** The countries and water bodies of the basemap. */
    CountryIndex countries() {
        return builtIn().countries();
    }

    WaterBodies water() {
        return builtIn().water();
    }

    /** The validation report of the built-in network. */
    NetworkReport builtInReport() {
        return builtIn().report();
    }

    TransboundarySettings settings() {
        return settings;
    }

    /**
     * Puts an imported (already stored and activated) network in use and recomputes every facility.
     *
     * @param scaleDenominator the map scale it is good for, or null when not stated (E16e)
     */
    synchronized void use(long networkId, String name, RiverNetwork network, Integer scaleDenominator) {
        current = analyzerFor(network, new TransboundaryResponse.NetworkInfo(networkId, name, network.size()),
                "network=" + networkId, scaleDenominator);
        recomputeStale();
    }

    /** Goes back to the built-in network and recomputes every facility. */
    @Transactional
    public synchronized void useBuiltIn() {
        networks.deactivateAll();
        current = builtInCurrent();
        recomputeStale();
    }

    private Current current() {
        Current known = current;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (current == null) {
                current = transactions.execute(status -> networks.active().map(this::loadStored)
                    .orElseGet(this::builtInCurrent));
            }
            return current;
        }
    }

    private Current loadStored(RiverNetworkRepository.StoredNetwork stored) {
        RiverNetwork.Builder builder = RiverNetwork.builder(stored.reachCount());
        networks.load(stored.id(), builder);
        RiverNetwork network = builder.build();
        log.info("River network {} '{}' loaded: {} reaches", stored.id(), stored.name(), network.size());
        return analyzerFor(network, new TransboundaryResponse.NetworkInfo(stored.id(), stored.name(), network.size()),
                "network=" + stored.id(), stored.scaleDenominator());
    }

    private Current builtInCurrent() {
        RiverNetwork network = builtIn().network();
        return analyzerFor(network, new TransboundaryResponse.NetworkInfo(null, BUILT_IN_NAME, network.size()),
                "network=built-in;tolerance=" + settings.lineToleranceKm(), BUILT_IN_SCALE);
    }

    private Current analyzerFor(RiverNetwork network, TransboundaryResponse.NetworkInfo info, String networkBasis,
            Integer scaleDenominator) {
        boolean tooCoarse = settings.tooCoarse(scaleDenominator);
        TransboundaryAnalyzer analyzer = new TransboundaryAnalyzer(builtIn().countries(), network, builtIn().water(),
                settings.maxSnapKm(), settings.rule(), tooCoarse);
        String basis = networkBasis + ";snap=" + settings.maxSnapKm() + ";border=" + settings.borderDistanceKm()
                + ";along=" + settings.alongRiverKm() + ";routes=1;coarse=" + tooCoarse;
        return new Current(analyzer, info, basis);
    }

    private BuiltInGeography builtIn() {
        BuiltInGeography known = builtIn;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (builtIn == null) {
                long start = System.nanoTime();
                builtIn = BuiltInGeography.load(countries.index(), settings.lineToleranceKm());
                log.info("Built-in geography loaded in {} ms: {} river reaches", (System.nanoTime() - start) / 1_000_000,
                        builtIn.network().size());
            }
            return builtIn;
        }
    }
}
