package org.tmfsafety.methodology.profile;

import java.util.List;
import java.util.Map;

/** How a term turns its input into points. */
public sealed interface Rule {

    /** Points = log10(value); values below {@code minimum} are refused. */
    record Log10(double minimum) implements Rule {
    }

    /** Points from a table of categories (enumeration constants). */
    record Category(Map<String, Double> points) implements Rule {
    }

    /**
     * Points from numeric bands: the first band whose upper limit the value is below, else {@code otherwise}.
     */
    record Bands(List<Band> bands, double otherwise) implements Rule {
    }

    /** Points for yes and for no. */
    record YesNo(double yes, double no) implements Rule {
    }

    /**
     * One numeric band.
     *
     * @param below the value must be smaller than this
     * @param points the points for such a value
     */
    record Band(double below, double points) {
    }

}
