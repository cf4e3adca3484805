package org.tmfsafety.methodology.profile;

/**
 * Identifies a profile version; stored with every rating so that it can be reproduced.
 *
 * @param id the profile's stable name, e.g. {@code unece-tmf-provisional}
 * @param version its version number, increased whenever any value changes
 */
public record ProfileId(String id, int version) {

    @Override
    public String toString() {
        return id + " v" + version;
    }

}
