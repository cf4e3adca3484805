package org.tmfsafety.methodology.consequence;

/**
 * The inputs of the GISTM consequence classification: two counts and, optionally, the class the
 * assessor gives each qualitative column.
 *
 * @param populationAtRisk people in the area a failure could flood (required, 0 or more)
 * @param potentialLossOfLife expected fatalities of a failure (required, 0 or more)
 * @param environment the environment column's class, or null when not assessed
 * @param healthSocialCultural the health, social and cultural column's class, or null
 * @param infrastructureEconomics the infrastructure and economics column's class, or null
 */
public record GistmInputs(Long populationAtRisk, Long potentialLossOfLife, ConsequenceClass environment,
        ConsequenceClass healthSocialCultural, ConsequenceClass infrastructureEconomics) {
}
