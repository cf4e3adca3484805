/**
 * Checklist scoring and measure selection of the UNECE/UBA TMF methodology: answers weighted by
 * question weight and evidence credibility give safety levels per category and overall; every question
 * not fully met is a deficit, and its linked measures form a programme grouped by term.
 *
 * <p>Semantics: equations E6–E8 of {@code docs/methodology/checklist-scoring.md}.
 */
package org.tmfsafety.methodology.checklist;
