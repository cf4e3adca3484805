/**
 * Methodology profiles: versioned data files that hold every scoring rule, class threshold and
 * default of the hazard and risk indices, each value with its source or the marker {@code provisional}
 * and a reason. Official or national values replace provisional ones by loading another profile file,
 * without code changes; every result names the profile id and version that produced it.
 *
 * <p>See {@code docs/methodology/profiles.md} for the file format.
 */
package org.tmfsafety.methodology.profile;
