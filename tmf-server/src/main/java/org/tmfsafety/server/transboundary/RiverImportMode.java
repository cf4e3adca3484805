package org.tmfsafety.server.transboundary;

/** What an imported network does to the one in use. */
public enum RiverImportMode {
    /** The imported network replaces the one in use. */
    REPLACE,
    /** The imported reaches are added to the network in use. */
    EXTEND
}
