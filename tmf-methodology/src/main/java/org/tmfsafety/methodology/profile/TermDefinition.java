package org.tmfsafety.methodology.profile;

/**
 * One additive term of an index.
 *
 * @param code the term's code, e.g. {@code CAP}; also the key of its label in the application's bundles
 * @param input the input it reads, e.g. {@code storedVolumeM3}
 * @param rule how the input becomes points
 * @param provenance where the rule's values come from
 * @param missing what happens when the input is not given
 */
public record TermDefinition(String code, String input, Rule rule, Provenance provenance, Missing missing) {
}
