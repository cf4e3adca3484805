package org.tmfsafety.methodology.profile;

/**
 * Where a value of a profile comes from: a citation (document, section, URL), or no citation and the
 * reason why the value is provisional.
 *
 * @param source the citation, or null when provisional
 * @param provisionalReason why the value is provisional, or null when sourced
 */
public record Provenance(String source, String provisionalReason) {

    public Provenance {
        if ((source == null) == (provisionalReason == null)) {
            throw new IllegalArgumentException("exactly one of source and provisional reason is required");
        }
    }

    /** Returns whether the value has no source yet. */
    public boolean provisional() {
        return source == null;
    }

}
