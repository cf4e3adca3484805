/**
 * Estimates of a facility's stored tailings volume when it is not known, from what inventories do give: the
 * design capacity, stored or design tonnage, impoundment area and dam height, or the ore a concentrator
 * processed. Every estimate is an interval with its method and the numbers it used, from the ranges of a
 * methodology profile's {@code size} section.
 *
 * <p>Semantics: equations E25 to E31 of {@code docs/methodology/size-estimate.md}.
 */
package org.tmfsafety.methodology.size;
