/**
 * The consequence classification of the Global Industry Standard on Tailings Management (GISTM,
 * Annex 2, August 2020): the class is the most severe of its columns (population at risk, potential loss
 * of life, environment, health/social/cultural, infrastructure and economics).
 *
 * <p>Semantics: equation E3 of {@code docs/methodology/gistm-consequence.md}. The thresholds were
 * transcribed from a secondary summary of Annex 2 and are marked not verified until checked against the
 * standard's text.
 */
package org.tmfsafety.methodology.consequence;
