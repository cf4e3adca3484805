package org.tmfsafety.methodology.profile;

import java.util.List;
import java.util.Map;

/** How a term turns its input into points. */
public sealed interface Rule {

    /** Returns the fewest points the rule can give. */
    double minPoints();

    /** Returns the most points the rule can give. */
    double maxPoints();

    /**
     * Points = log10(value); values below {@code minimum} are refused. The points are unbounded, so the rule
     * names the span of values that realistic inputs cover, used to weigh the term in a rating's
     * completeness: {@code spanFrom} to {@code spanTo}.
     */
    record Log10(double minimum, double spanFrom, double spanTo) implements Rule {

        /**
         * The span used when a profile names none: 10³ to 10⁹ m³, the range of stored volumes in inventories (from
         * the minimum when that is higher, to at least ten times the start).
         */
        public static final double DEFAULT_SPAN_FROM = 1e3;

        /** See {@link #DEFAULT_SPAN_FROM}. */
        public static final double DEFAULT_SPAN_TO = 1e9;

        @Override
        public double minPoints() {
            return Math.log10(spanFrom);
        }

        @Override
        public double maxPoints() {
            return Math.log10(spanTo);
        }

    }

    /** Points from a table of categories (enumeration constants). */
    record Category(Map<String, Double> points) implements Rule {

        @Override
        public double minPoints() {
            return points.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        @Override
        public double maxPoints() {
            return points.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

    }

    /**
     * Points from numeric bands: the first band whose upper limit the value is below, else {@code otherwise}.
     */
    record Bands(List<Band> bands, double otherwise) implements Rule {

        @Override
        public double minPoints() {
            return Math.min(otherwise, bands.stream().mapToDouble(Band::points).min().orElse(otherwise));
        }

        @Override
        public double maxPoints() {
            return Math.max(otherwise, bands.stream().mapToDouble(Band::points).max().orElse(otherwise));
        }

    }

    /** Points for yes and for no. */
    record YesNo(double yes, double no) implements Rule {

        @Override
        public double minPoints() {
            return Math.min(yes, no);
        }

        @Override
        public double maxPoints() {
            return Math.max(yes, no);
        }

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
