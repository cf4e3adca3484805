package org.tmfsafety.server.exchange;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An incident notification between registries (format in docs/exchange.md). Unknown fields are ignored, so that a
 * newer sender can add fields; a null value is "unknown" where the format allows it.
 *
 * @param number the sender's number of the notification, e.g. {@code KG-2026-0007}
 * @param reportType early warning, information or request for assistance
 * @param exercise whether it is an exercise, not a real incident
 * @param facility the facility where it happened
 * @param occurredAt when it happened
 * @param kind what happened, e.g. {@code DAM_FAILURE} or a short text
 * @param substances the substances released or feared, possibly empty
 * @param estimatedReleaseM3 estimated volume released, or null when unknown
 * @param transboundaryEffect the expected effect across the border, or null when unknown
 * @param measures measures taken, or null
 * @param assistance what assistance is asked for (requests for assistance), or null
 * @param contact whom to contact at the sender, or null
 * @param receiptUrl where the receiver posts its acknowledgement (form fields {@code acknowledgedBy}, {@code note})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationDocument(String number, ReportType reportType, Boolean exercise, Site facility,
        OffsetDateTime occurredAt, String kind, List<String> substances, Double estimatedReleaseM3,
        TransboundaryEffect transboundaryEffect, String measures, String assistance, String contact,
        String receiptUrl) {

    /** The kinds of report of the Industrial Accidents Convention notification system. */
    public enum ReportType {
        EARLY_WARNING, INFORMATION, REQUEST_FOR_ASSISTANCE
    }

    /**
     * The facility.
     *
     * @param name its name
     * @param country ISO 3166-1 alpha-3 (or alpha-2) of its country
     * @param latitude WGS84 latitude, or null
     * @param longitude WGS84 longitude, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Site(String name, String country, Double latitude, Double longitude) {
    }

    /**
     * The expected transboundary effect.
     *
     * @param river the river that carries it, or null
     * @param crossing where it crosses into the receiver's country (a place name), or null
     * @param kmToBorder distance along the river to that border, or null
     * @param etaHoursMin the earliest expected arrival at the border in hours, or null
     * @param etaHoursMax the latest, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TransboundaryEffect(String river, String crossing, Double kmToBorder, Double etaHoursMin,
            Double etaHoursMax) {
    }
}
