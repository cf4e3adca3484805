/**
 * The methodology calculators of the JSON API (THI, TRI, GISTM consequence class) and the registry of
 * methodology profiles: the one shipped in {@code tmf-methodology} plus any profile files an authority
 * puts in {@code tmf.methodology.profile-directory}.
 */
package org.tmfsafety.server.methodology;
