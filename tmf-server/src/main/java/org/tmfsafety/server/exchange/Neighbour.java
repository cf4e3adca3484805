package org.tmfsafety.server.exchange;

import java.time.OffsetDateTime;

/**
 * A neighbouring instance (another country's registry). Its read token and signing secret are never part of it: only
 * whether they are set.
 *
 * @param id the id
 * @param name the name an administrator gave it
 * @param country ISO 3166-1 alpha-3 of its country
 * @param baseUrl where it is served, e.g. {@code https://tmf.example.kg}
 * @param readTokenSet whether a read token is stored
 * @param signingSecretSet whether a signing secret is stored
 * @param version the version for optimistic locking
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it
 * @param lastAttemptAt when a pull was last attempted, or null
 * @param lastSuccessAt when a pull last succeeded, or null
 * @param lastErrorKey the message key of the last pull's failure, or null when it succeeded
 * @param lastErrorArg that message's argument (a status code, an address), or null
 */
public record Neighbour(long id, String name, String country, String baseUrl, boolean readTokenSet,
        boolean signingSecretSet, int version, OffsetDateTime updatedAt, String updatedBy, OffsetDateTime lastAttemptAt,
        OffsetDateTime lastSuccessAt, String lastErrorKey, String lastErrorArg) {

    /** The URL of a path at the neighbour. */
    String url(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
