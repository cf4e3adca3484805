package org.tmfsafety.server.organisation;

/** The role an organisation plays towards tailings management facilities. */
public enum OrganisationKind {

    /** Operates or owns facilities. */
    OPERATOR,

    /** A competent authority: ministry, committee, inspectorate. */
    AUTHORITY,

    /** Any other participant: research institute, international organisation, consultancy. */
    OTHER

}
