package org.tmfsafety.server.incident;

import java.time.OffsetDateTime;
import java.util.List;

/** A report as it was issued, with its recipients and whether each has received and acknowledged it. */
public record IssuedReport(long id, long incidentId, Report report, String issuedBy, OffsetDateTime issuedAt,
        List<Recipient> recipients) {

    /**
     * A recipient: the point of contact as it was when the report was issued. The acknowledgement token is never
     * part of it (it is the recipient's secret).
     *
     * @param acknowledgedVia {@code LINK} (the recipient followed the link in the message) or {@code RECORDED} (the
     *        authority recorded a receipt given another way), or null while not acknowledged
     * @param instanceCountry the country whose registry instance the report is also delivered to, or null when the
     *        recipient's country runs no neighbouring instance
     * @param instanceStatus where the delivery to that instance stands, or null without one
     * @param instanceError the instance's refusal or the last connection failure, or null
     * @param instanceAttempts how often delivery was tried
     * @param deliveredAt when the instance accepted it, or null
     */
    public record Recipient(long id, Long pointOfContactId, String name, List<String> countries, String email,
            MailStatus mailStatus, String mailError, OffsetDateTime mailedAt, OffsetDateTime acknowledgedAt,
            String acknowledgedVia, String acknowledgedBy, String acknowledgementNote, String instanceCountry,
            DeliveryStatus instanceStatus, String instanceError, int instanceAttempts, OffsetDateTime deliveredAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** Whether every recipient has acknowledged it. */
    public boolean acknowledged() {
        return recipients.stream().allMatch(Recipient::acknowledged);
    }
}
