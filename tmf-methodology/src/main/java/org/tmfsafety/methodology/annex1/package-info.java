/**
 * Screening against Annex I of the UNECE Convention on the Transboundary Effects of Industrial
 * Accidents: is the activity hazardous, judged by the quantities of dangerous substances present? Each
 * quantity q is compared with its threshold Q (Part II named substance before Part I category).
 *
 * <p>Semantics: equations E9 and E10 of {@code docs/methodology/annex1-screening.md}.
 */
package org.tmfsafety.methodology.annex1;
