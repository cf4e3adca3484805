package org.tmfsafety.server.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.dambreak.DamBreakResult;
import org.tmfsafety.server.facility.DamBreakScreening;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.transboundary.TransboundaryResponse;
import org.tmfsafety.server.transboundary.TransboundaryService;
import org.tmfsafety.server.transboundary.TravelTimes;

/**
 * What follows from the data for an incident at a facility: the way downstream, the countries to notify, the
 * distance and travel-time range to the first border crossing, the settlements near the path and the dam-break
 * screening. Everything comes from the registry and the stored transboundary screening; nothing is guessed where
 * the screening is undetermined (no countries are proposed then: the authority chooses).
 */
@Component
class IncidentFacts {

    private final TransboundaryService screening;

    private final TravelTimes travelTimes;

    private final Settlements settlements;

    IncidentFacts(TransboundaryService screening, TravelTimes travelTimes, Settlements settlements) {
        this.screening = screening;
        this.travelTimes = travelTimes;
        this.settlements = settlements;
    }

    Facts of(Facility facility) {
        Optional<TransboundaryResponse> stored = screening.stored(facility.id());
        TransboundaryResponse result = stored.orElse(null);
        TransboundaryResponse.DownstreamJson down = result == null ? null : result.downstream();
        String verdict = result == null || result.verdict() == null ? null : result.verdict().name();
        Double kmToBorder = down == null ? null : down.alongRiverKmToBorder();
        Optional<TravelTimes.Range> eta = travelTimes.along(kmToBorder);
        Facts.Crossing crossing = down == null || down.crossing() == null ? null
                : new Facts.Crossing(down.crossing().latitude(), down.crossing().longitude(), down.firstForeignCountry());
        String river = down != null && down.route() != null && down.route().river() != null ? down.route().river()
                : blankToNull(facility.nearestWatercourse());
        return new Facts(facility.code(), facility.name(), facility.nameRu(), facility.nameKk(),
                facility.country(), facility.region(),
                facility.latitude(), facility.longitude(), facility.locationApproximate(), facility.commodity(),
                facility.hazardousSubstances(), facility.storedVolumeM3(), verdict,
                result == null || result.undetermined() == null ? null : result.undetermined().name(),
                result == null ? 0 : result.maxSnapKm(), river,
                down == null ? List.of() : down.countries(), result == null ? List.of() : result.affectedCountries(facility.country()), kmToBorder, crossing,
                result == null ? null : result.borderDistanceKm(), eta.map(TravelTimes.Range::shortestHours).orElse(null),
                eta.map(TravelTimes.Range::longestHours).orElse(null),
                eta.map(TravelTimes.Range::fastestMetresPerSecond).orElse(null),
                eta.map(TravelTimes.Range::slowestMetresPerSecond).orElse(null),
                down == null ? List.of() : settlements.near(down.path()), settlements.maxKm(), damBreak(facility),
                result == null ? null : result.computedAt());
    }

    private static Facts.DamBreak damBreak(Facility facility) {
        List<DamBreakResult> results = DamBreakScreening.of(facility).results();
        if (results.isEmpty()) {
            return null;
        }
        DamBreakResult first = results.get(0);
        return new Facts.DamBreak(first.model(), first.releasedVolumeM3(), first.releasedVolumeLowM3(),
                first.releasedVolumeHighM3(), first.runoutKm(), first.runoutLowKm(), first.runoutHighKm());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
