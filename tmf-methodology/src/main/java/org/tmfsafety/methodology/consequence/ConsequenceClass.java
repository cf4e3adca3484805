package org.tmfsafety.methodology.consequence;

/** GISTM consequence classes, from least to most severe. */
public enum ConsequenceClass {
    LOW, SIGNIFICANT, HIGH, VERY_HIGH, EXTREME
}
