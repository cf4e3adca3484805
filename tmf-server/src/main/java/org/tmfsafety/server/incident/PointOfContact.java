package org.tmfsafety.server.incident;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Who receives notifications for a country (its IAN point of contact) or for a joint body such as a river
 * commission.
 *
 * @param countries ISO 3166-1 alpha-3: the country of a country point, the member countries of a joint body
 */
public record PointOfContact(long id, Kind kind, String name, List<String> countries, String email, String phone,
        String comment, int version, String updatedBy, OffsetDateTime updatedAt) {

    /** A country's point of contact or a joint body's (labels {@code contact.kind.*}). */
    public enum Kind {
        COUNTRY, JOINT_BODY
    }

    /** Whether it receives for the country. */
    public boolean covers(String country) {
        return countries.contains(country);
    }
}
