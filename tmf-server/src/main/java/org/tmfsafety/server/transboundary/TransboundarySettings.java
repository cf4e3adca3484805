package org.tmfsafety.server.transboundary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tmfsafety.geo.transboundary.LocationRule;
import org.tmfsafety.geo.transboundary.TravelTime;
import org.tmfsafety.geo.transboundary.TransboundaryAnalyzer;

/**
 * Settings of the transboundary screening (provisional defaults, see docs/methodology/transboundary.md).
 *
 * @param maxSnapKm how far from a site a river may be to count as the one it drains to (E15)
 * @param borderDistanceKm the location rule's distance to a land border (E13)
 * @param alongRiverKm the location rule's distance along the river to a border crossing (E14)
 * @param lineToleranceKm default tolerance joining line ends when a plain line network is built (E18)
 * @param slowestFlowMetresPerSecond the lower end of the flow velocity range for travel times (E16c)
 * @param fastestFlowMetresPerSecond its upper end
 * @param coarsestSiteScale the coarsest map scale (its denominator) at which a network is good for sites (E16e)
 */
@ConfigurationProperties("tmf.transboundary")
public record TransboundarySettings(Double maxSnapKm, Double borderDistanceKm, Double alongRiverKm,
        Double lineToleranceKm, Double slowestFlowMetresPerSecond, Double fastestFlowMetresPerSecond,
        Integer coarsestSiteScale) {

    /** Provisional default of the coarsest scale good for sites: 1:1,000,000 (E16e). */
    static final int DEFAULT_COARSEST_SITE_SCALE = 1_000_000;

    /** Line ends of the built-in network (quantised to about 2–4 km) are joined within this distance. */
    static final double DEFAULT_LINE_TOLERANCE_KM = 3;

    public TransboundarySettings {
        maxSnapKm = maxSnapKm == null ? TransboundaryAnalyzer.DEFAULT_MAX_SNAP_KM : maxSnapKm;
        borderDistanceKm = borderDistanceKm == null ? LocationRule.DEFAULT_BORDER_DISTANCE_KM : borderDistanceKm;
        alongRiverKm = alongRiverKm == null ? LocationRule.DEFAULT_ALONG_RIVER_KM : alongRiverKm;
        lineToleranceKm = lineToleranceKm == null ? DEFAULT_LINE_TOLERANCE_KM : lineToleranceKm;
        slowestFlowMetresPerSecond = slowestFlowMetresPerSecond == null
                ? TravelTime.PROVISIONAL.slowestMetresPerSecond() : slowestFlowMetresPerSecond;
        fastestFlowMetresPerSecond = fastestFlowMetresPerSecond == null
                ? TravelTime.PROVISIONAL.fastestMetresPerSecond() : fastestFlowMetresPerSecond;
        coarsestSiteScale = coarsestSiteScale == null ? DEFAULT_COARSEST_SITE_SCALE : coarsestSiteScale;
    }

    /** Whether a network good for the given scale (null: not stated) is too coarse for sites (E16e). */
    boolean tooCoarse(Integer scaleDenominator) {
        return scaleDenominator != null && scaleDenominator > coarsestSiteScale;
    }

    /** The flow velocity range for travel times (fails at start-up when the settings are not a range). */
    public TravelTime travelTime() {
        return new TravelTime(slowestFlowMetresPerSecond, fastestFlowMetresPerSecond);
    }

    LocationRule rule() {
        return new LocationRule(borderDistanceKm, alongRiverKm);
    }

    /** Whether the rule in force is the provisional default. */
    boolean provisional() {
        return rule().equals(LocationRule.provisionalDefault());
    }
}
