package org.tmfsafety.methodology.consequence;

import java.util.List;

/**
 * The consequence class and how each column contributed.
 *
 * @param consequenceClass the most severe class over the assessed columns
 * @param columns one entry per column, in the standard's order
 * @param source where the thresholds come from
 * @param verified whether the thresholds were checked against the standard's own text
 */
public record GistmResult(ConsequenceClass consequenceClass, List<Column> columns, String source, boolean verified) {

    /**
     * One column's contribution.
     *
     * @param name {@code populationAtRisk}, {@code potentialLossOfLife}, {@code environment},
     * {@code healthSocialCultural} or {@code infrastructureEconomics}
     * @param input the input as given, or null when not assessed
     * @param columnClass the class this column indicates, or null when not assessed
     * @param decisive whether this column sets the overall class
     */
    public record Column(String name, String input, ConsequenceClass columnClass, boolean decisive) {
    }

}
