package org.tmfsafety.methodology.checklist;

import java.util.Map;

import org.tmfsafety.methodology.profile.Provenance;

/**
 * What answers and evidence count for, from a methodology profile. NOT_APPLICABLE has no fraction: such
 * questions leave the denominator.
 *
 * @param answerFractions the fraction of a question an answer fulfils, in [0, 1]
 * @param evidenceFactors the credibility factor of each kind of evidence, in [0, 1]
 * @param provenance where these values come from
 */
public record ChecklistRules(Map<Answer, Double> answerFractions, Map<Evidence, Double> evidenceFactors,
        Provenance provenance) {
}
