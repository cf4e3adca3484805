package org.tmfsafety.methodology.checklist;

/**
 * A category of the checklist.
 *
 * @param id its id (e.g. WATER)
 * @param title its title
 * @param guidelineSection the topics of the UNECE Safety Guidelines (2014) it follows
 */
public record ChecklistCategory(String id, LocalizedText title, String guidelineSection) {
}
