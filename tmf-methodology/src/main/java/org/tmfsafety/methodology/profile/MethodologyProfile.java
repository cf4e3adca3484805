package org.tmfsafety.methodology.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tmfsafety.methodology.checklist.ChecklistRules;

/**
 * A complete, versioned set of scoring rules for the Tailings Hazard Index and Tailings Risk Index.
 *
 * @param id the profile id and version
 * @param title a human title
 * @param description what the profile is and where its values come from
 * @param indices the indices by code ({@code THI}, {@code TRI})
 * @param checklist what checklist answers and evidence count for, or null when the profile has no checklist rules
 * @param size the ranges for estimating a stored volume that is not known, or null when the profile gives none
 */
public record MethodologyProfile(ProfileId id, String title, String description, Map<String, IndexDefinition> indices,
        ChecklistRules checklist, SizeRules size) {

    /** Returns an index definition by code. */
    public Optional<IndexDefinition> index(String code) {
        return Optional.ofNullable(indices.get(code));
    }

    /** Returns all terms of an index in order, including those of the index it builds on. */
    public List<TermDefinition> allTerms(IndexDefinition index) {
        List<TermDefinition> terms = new ArrayList<>();
        if (index.includes() != null) {
            terms.addAll(allTerms(indices.get(index.includes())));
        }
        terms.addAll(index.terms());
        return terms;
    }

    /** Returns whether any value of the profile is provisional. */
    public boolean provisional() {
        return (checklist != null && checklist.provenance().provisional()) || (size != null && size.provisional())
                || indices.values().stream().anyMatch(index -> index.classesProvenance().provisional()
                || index.terms().stream().anyMatch(term -> term.provenance().provisional()
                        || (term.missing() instanceof Missing.TreatAs treatAs && treatAs.provenance().provisional())));
    }

}
