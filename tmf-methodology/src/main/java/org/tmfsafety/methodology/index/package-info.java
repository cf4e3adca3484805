/**
 * The Tailings Hazard Index (THI) and Tailings Risk Index (TRI) of the UNECE/UBA TMF methodology,
 * computed from a {@link org.tmfsafety.methodology.profile.MethodologyProfile}: a sum of terms, each
 * recorded in the derivation trail with its input, rule, points and source or provisional marker.
 *
 * <p>Semantics: equations E1 (THI), E2 (TRI), E21 (bounds), E22 (completeness), E23 (tighteners) and E24
 * (ranking) of {@code docs/methodology/hazard-and-risk-index.md}.
 * Classes are decided on the unrounded sum; rounding is for display only.
 */
package org.tmfsafety.methodology.index;
