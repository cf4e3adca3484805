package org.tmfsafety.server.incident;

/**
 * Where a report addressed to a country with a neighbouring registry instance stands with that instance (labels
 * {@code incident.instance.*}).
 */
public enum DeliveryStatus {
    /** Not yet accepted: being sent, or the instance could not be reached and it is tried again. */
    PENDING,
    /** The instance accepted the signed notification. */
    DELIVERED,
    /** The instance refused it (its answer is kept); it is not tried again. */
    FAILED
}
