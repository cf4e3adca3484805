package org.tmfsafety.server.organisation;

import org.tmfsafety.server.system.LocalizedName;

/**
 * An organisation as stored in the registry.
 *
 * @param id the database id
 * @param name names in English (required), Russian and Kazakh
 * @param kind its role
 * @param country ISO 3166-1 alpha-3 code of its seat, if known
 * @param website its public website, if any
 * @param dataSource where the record's facts come from
 * @param version the optimistic-locking version
 */
public record Organisation(long id, LocalizedName name, OrganisationKind kind, String country, String website,
        String dataSource, int version) {
}
