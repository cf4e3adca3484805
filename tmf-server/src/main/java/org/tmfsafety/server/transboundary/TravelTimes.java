package org.tmfsafety.server.transboundary;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tmfsafety.geo.transboundary.TravelTime;

/**
 * Travel times to the first border crossing from the configured flow velocity range (E16c), for the facility card and
 * the map popup (templates use it as {@code @travelTimes}).
 */
@Component("travelTimes")
public class TravelTimes {

    private final TravelTime travelTime;

    TravelTimes(TransboundarySettings settings) {
        this.travelTime = settings.travelTime();
    }

    /**
     * A travel time range.
     *
     * @param shortestHours at the fastest velocity: the least warning a downstream country can count on
     * @param longestHours at the slowest velocity
     */
    public record Range(double shortestHours, double longestHours, double fastestMetresPerSecond,
            double slowestMetresPerSecond) {
    }

    /** The travel time along the given distance, or empty when there is none (no crossing). */
    public Optional<Range> along(Double kilometres) {
        if (kilometres == null) {
            return Optional.empty();
        }
        double[] hours = travelTime.hours(kilometres);
        return Optional.of(new Range(hours[0], hours[1], travelTime.fastestMetresPerSecond(),
                travelTime.slowestMetresPerSecond()));
    }
}
