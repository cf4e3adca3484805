package org.tmfsafety.server.exchange;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An incident notification received from a neighbour, as stored.
 *
 * @param receiptState {@code NONE} until acknowledged, then {@code PENDING} until the acknowledgement reached the
 *        sender's receipt URL, then {@code DELIVERED}
 * @param receiptUrl the sender's receipt URL: it carries the sender's token, so it is not shown or given out
 * @param receiptError why the last attempt to deliver the acknowledgement failed, or null
 */
public record IncomingNotification(long id, Long neighbourId, String senderName, String senderCountry, String number,
        NotificationDocument.ReportType reportType, boolean exercise, String facilityName, String facilityCountry,
        Double latitude, Double longitude, OffsetDateTime occurredAt, String kind, String substances,
        Double estimatedReleaseM3, String river, String crossing, Double kmToBorder, Double etaHoursMin,
        Double etaHoursMax, String measures, String assistance, String contact, @JsonIgnore String receiptUrl, OffsetDateTime receivedAt,
        String acknowledgedBy, OffsetDateTime acknowledgedAt, String acknowledgementNote, String receiptState,
        int receiptAttempts, String receiptError, OffsetDateTime receiptDeliveredAt, int version) {
}
