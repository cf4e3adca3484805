/**
 * Estimates of a facility's stored tailings volume when it is not known, from what inventories do give: the
 * design capacity, stored or design tonnage, impoundment area and dam height, or the ore a concentrator
 * processed. Every estimate is an interval with its method and the numbers it used, from the ranges of a
 * methodology profile's {@code size} section.
 *
 * <p>Semantics: equations S1 to S6 of {@code docs/methodology/size-estimate.md}.
 */
package org.tmfsafety.methodology.size;
