package org.tmfsafety.methodology.profile;

import java.util.List;
import java.util.Optional;

/**
 * An index as a profile defines it: a sum of terms, classified by thresholds.
 *
 * @param code {@code THI} or {@code TRI}
 * @param includes the code of an index whose terms come first (TRI includes THI), or null
 * @param terms its own terms
 * @param classes the classes in ascending order
 * @param classesProvenance where the thresholds come from
 */
public record IndexDefinition(String code, String includes, List<TermDefinition> terms, List<IndexClass> classes,
        Provenance classesProvenance) {

    /** Returns the class of a value. */
    public String classify(double value) {
        for (IndexClass indexClass : classes) {
            if (value < indexClass.below()) {
                return indexClass.code();
            }
        }
        throw new IllegalStateException("the last class of " + code + " has no upper limit");
    }

    /** Returns a class by its code, or empty when the index has no such class. */
    public Optional<IndexClass> indexClass(String classCode) {
        return classes.stream().filter(indexClass -> indexClass.code().equals(classCode)).findFirst();
    }

}
