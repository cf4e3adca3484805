/**
 * Dam-break screening: empirical estimates of the tailings volume a failure releases and how far it
 * runs out, from stored volume and dam height. Screening tools with wide scatter, never a substitute
 * for a dam-breach study.
 *
 * <p>Semantics: equations E4 and E5 of {@code docs/methodology/dam-break.md}; volumes in the API are
 * m³, the regressions work in hm³ (10⁶ m³).
 */
package org.tmfsafety.methodology.dambreak;
