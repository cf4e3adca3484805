/**
 * Checklist assessments of facilities: started by inspectors, authorities or a facility's operator with a
 * questionnaire family of the current checklist template, answered over several sessions, submitted for a
 * result (overall and per-category safety levels, deficits, proposed measures by term). A submitted assessment
 * can no longer be answered. Scoring and measure selection are in {@code org.tmfsafety.methodology.checklist}.
 */
package org.tmfsafety.server.assessment;
