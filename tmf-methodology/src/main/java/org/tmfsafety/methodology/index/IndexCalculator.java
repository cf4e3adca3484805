package org.tmfsafety.methodology.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.tmfsafety.methodology.index.InputError.Code;
import org.tmfsafety.methodology.profile.IndexDefinition;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.Missing;
import org.tmfsafety.methodology.profile.Provenance;
import org.tmfsafety.methodology.profile.Rule;
import org.tmfsafety.methodology.profile.TermDefinition;

/**
 * Computes an index (E1: THI = Σ terms; E2: TRI = THI terms + exposure terms) from inputs keyed by
 * input name. Numbers may be any {@link Number}, categories are enumeration names, yes/no inputs are
 * booleans; a value wrapped in {@link InputValue} is derived by the product or an estimated range. A missing
 * input, or the category {@code UNKNOWN}, is replaced as the profile says (a substitute, or the interval from
 * the best to the worst points) and reported in the trail; an input the profile requires is refused when
 * missing. Every result carries its interval, completeness (E22) and tighteners (E23).
 */
public final class IndexCalculator {

    /** The category value that means "not known" and is treated like a missing input. */
    public static final String UNKNOWN = "UNKNOWN";

    private final MethodologyProfile profile;

    private final Map<String, Prepared> prepared = new HashMap<>();

    /**
     * An index with its terms and their inputs in the profile's order and each term's fewest and most points,
     * computed once per profile.
     */
    private record Prepared(IndexDefinition index, List<TermDefinition> definitions, Set<String> inputs,
            double[] fewest, double[] most) {
    }

    public IndexCalculator(MethodologyProfile profile) {
        this.profile = profile;
        profile.indices().forEach((code, index) -> {
            List<TermDefinition> definitions = profile.allTerms(index);
            double[] fewest = definitions.stream().mapToDouble(term -> term.rule().minPoints()).toArray();
            double[] most = definitions.stream().mapToDouble(term -> term.rule().maxPoints()).toArray();
            Set<String> inputs = definitions.stream().map(TermDefinition::input)
                .collect(Collectors.toCollection(LinkedHashSet::new));
            prepared.put(code, new Prepared(index, definitions, inputs, fewest, most));
        });
    }

    /**
     * Computes one index.
     * @param indexCode {@code THI} or {@code TRI}
     * @param inputs the inputs by name; absent keys and null values are missing inputs; a value may be an
     *        {@link InputValue} to say that the product derived or estimated it
     * @return the interval, classes, completeness, tighteners and derivation
     * @throws IllegalArgumentException when the profile has no such index
     * @throws InvalidInputsException listing every input that cannot be used
     */
    public IndexResult calculate(String indexCode, Map<String, ?> inputs) {
        Prepared index = prepared.get(indexCode);
        if (index == null) {
            throw new IllegalArgumentException(profile.id() + " defines no index " + indexCode);
        }
        List<TermDefinition> definitions = index.definitions();
        List<InputError> errors = new ArrayList<>();
        for (String name : inputs.keySet()) {
            if (!index.inputs().contains(name)) {
                inputs.keySet().stream().filter(other -> !index.inputs().contains(other)).sorted()
                    .forEach(other -> errors.add(new InputError(other, Code.UNKNOWN_INPUT, List.copyOf(index.inputs()))));
                break;
            }
        }
        List<Term> terms = new ArrayList<>(definitions.size());
        for (int i = 0; i < definitions.size(); i++) {
            TermDefinition definition = definitions.get(i);
            Term term = term(definition, inputs.get(definition.input()), index.fewest()[i], index.most()[i], errors);
            if (term != null) {
                terms.add(term);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputsException(errors);
        }
        double low = 0;
        double high = 0;
        for (Term term : terms) {
            low += term.lowPoints();
            high += term.highPoints();
        }
        IndexDefinition definition = index.index();
        String lowClass = definition.classify(low);
        String highClass = definition.classify(high);
        Provenance classes = definition.classesProvenance();
        return new IndexResult(indexCode, high, highClass, profile.id(), List.copyOf(terms), classes.source(),
                classes.provisionalReason(), low, high, lowClass, highClass, completeness(index, terms),
                tighteners(index, terms, low, high, lowClass, highClass));
    }

    /** E22: the share of the possible point span that rests on known inputs. */
    private static double completeness(Prepared index, List<Term> terms) {
        double span = 0;
        double knownSpan = 0;
        for (int i = 0; i < terms.size(); i++) {
            double termSpan = index.most()[i] - index.fewest()[i];
            span += termSpan;
            knownSpan += termSpan * (1 - unknownShare(terms.get(i), termSpan));
        }
        return span == 0 ? 1 : knownSpan / span;
    }

    /** The share of a term's span that is not known: 0 for a given value, 1 for a missing one. */
    private static double unknownShare(Term term, double termSpan) {
        return switch (Basis.valueOf(term.basis())) {
            case INPUT, DERIVED -> 0;
            case TREATED_AS, UNKNOWN -> 1;
            case ESTIMATE -> termSpan == 0 ? 0 : Math.min(1, (term.highPoints() - term.lowPoints()) / termSpan);
        };
    }

    /** E23: every input not fully known, by how far knowing it could move the index. */
    private static List<Tightener> tighteners(Prepared index, List<Term> terms, double low, double high, String lowClass,
            String highClass) {
        List<Tightener> tighteners = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (unknownShare(term, index.most()[i] - index.fewest()[i]) == 0) {
                continue;
            }
            boolean substituted = Basis.valueOf(term.basis()) == Basis.TREATED_AS;
            double fewest = substituted ? index.fewest()[i] : term.lowPoints();
            double most = substituted ? index.most()[i] : term.highPoints();
            double swing = substituted ? Math.max(most - term.highPoints(), term.lowPoints() - fewest)
                    : term.highPoints() - term.lowPoints();
            IndexDefinition definition = index.index();
            boolean couldChangeClass = false;
            for (double truePoints : new double[] { fewest, most }) {
                double newLow = low - term.lowPoints() + truePoints;
                double newHigh = high - term.highPoints() + truePoints;
                couldChangeClass |= !definition.classify(newLow).equals(lowClass)
                        || !definition.classify(newHigh).equals(highClass);
            }
            tighteners.add(new Tightener(term.input(), swing, couldChangeClass));
        }
        tighteners.sort(Comparator.comparingDouble(Tightener::swing).reversed());
        return List.copyOf(tighteners);
    }

    /** One term; {@code fewest} and {@code most} are its rule's point range, for a missing input's interval. */
    private static Term term(TermDefinition definition, Object given, double fewest, double most, List<InputError> errors) {
        Provenance provenance = definition.provenance();
        String rule = ruleName(definition.rule());
        if (given instanceof InputValue estimate && estimate.basis() == Basis.ESTIMATE) {
            double[] points = range(definition, estimate.low(), estimate.high(), errors);
            if (points == null) {
                return null;
            }
            return new Term(definition.code(), definition.input(), null, rule, null, points[1], provenance.source(),
                    provenance.provisionalReason(), points[0], points[1], Basis.ESTIMATE.name(), estimate.detail(),
                    estimate.low(), estimate.high(), estimate.parameters());
        }
        Object value = given instanceof InputValue derived ? derived.value() : given;
        Basis basis = given instanceof InputValue ? Basis.DERIVED : Basis.INPUT;
        String detail = given instanceof InputValue derived ? derived.detail() : null;
        String shown = value == null ? null : String.valueOf(value);
        if (value == null || UNKNOWN.equals(value)) {
            if (definition.missing() instanceof Missing.TreatAs treatAs) {
                Double points = points(definition, treatAs.value(), errors);
                return points == null ? null
                        : new Term(definition.code(), definition.input(), shown, rule, String.valueOf(treatAs.value()),
                                points, treatAs.provenance().source(), treatAs.provenance().provisionalReason(), points,
                                points, Basis.TREATED_AS.name(), null, null, null, null);
            }
            if (definition.missing() instanceof Missing.Interval) {
                return new Term(definition.code(), definition.input(), shown, rule, null, most, provenance.source(),
                        provenance.provisionalReason(), fewest, most, Basis.UNKNOWN.name(), null, null, null, null);
            }
            errors.add(new InputError(definition.input(), Code.REQUIRED, List.of()));
            return null;
        }
        Double points = points(definition, value, errors);
        if (points == null) {
            return null;
        }
        return new Term(definition.code(), definition.input(), shown, rule, null, points, provenance.source(),
                provenance.provisionalReason(), points, points, basis.name(), detail, null, null, null);
    }

    /** The fewest and most points of any value in [low, high], or null (with an error) when not numeric. */
    private static double[] range(TermDefinition definition, double low, double high, List<InputError> errors) {
        Rule rule = definition.rule();
        if (rule instanceof Rule.Category || rule instanceof Rule.YesNo) {
            errors.add(new InputError(definition.input(), Code.NOT_A_NUMBER, List.of()));
            return null;
        }
        Double lowPoints = points(definition, low, errors);
        Double highPoints = points(definition, high, errors);
        if (lowPoints == null || highPoints == null) {
            return null;
        }
        if (rule instanceof Rule.Log10) {
            return new double[] { lowPoints, highPoints };
        }
        Rule.Bands bands = (Rule.Bands) rule;
        double fewest = Math.min(lowPoints, highPoints);
        double most = Math.max(lowPoints, highPoints);
        double from = Double.NEGATIVE_INFINITY;
        for (Rule.Band band : bands.bands()) {
            if (low < band.below() && high >= from) {
                fewest = Math.min(fewest, band.points());
                most = Math.max(most, band.points());
            }
            from = band.below();
        }
        return new double[] { fewest, most };
    }

    private static Double points(TermDefinition definition, Object value, List<InputError> errors) {
        String input = definition.input();
        Rule rule = definition.rule();
        if (rule instanceof Rule.Category category) {
            Double points = value instanceof String text ? category.points().get(text) : null;
            if (points == null) {
                List<String> allowed = new ArrayList<>(category.points().keySet());
                allowed.add(UNKNOWN);
                errors.add(new InputError(input, Code.UNKNOWN_VALUE, allowed));
            }
            return points;
        }
        if (rule instanceof Rule.YesNo yesNo) {
            if (!(value instanceof Boolean yes)) {
                errors.add(new InputError(input, Code.NOT_YES_OR_NO, List.of()));
                return null;
            }
            return yes ? yesNo.yes() : yesNo.no();
        }
        Double number = number(value);
        if (number == null) {
            errors.add(new InputError(input, Code.NOT_A_NUMBER, List.of()));
            return null;
        }
        if (rule instanceof Rule.Log10 log10) {
            if (number < log10.minimum()) {
                errors.add(new InputError(input, Code.BELOW_MINIMUM, List.of(plain(log10.minimum()))));
                return null;
            }
            return Math.log10(number);
        }
        Rule.Bands bands = (Rule.Bands) rule;
        if (number < 0) {
            errors.add(new InputError(input, Code.BELOW_MINIMUM, List.of("0")));
            return null;
        }
        for (Rule.Band band : bands.bands()) {
            if (number < band.below()) {
                return band.points();
            }
        }
        return bands.otherwise();
    }

    private static Double number(Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        double result = number.doubleValue();
        return Double.isFinite(result) ? result : null;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String ruleName(Rule rule) {
        if (rule instanceof Rule.Log10) {
            return "LOG10";
        }
        if (rule instanceof Rule.Category) {
            return "CATEGORY";
        }
        if (rule instanceof Rule.YesNo) {
            return "YES_NO";
        }
        return "BANDS";
    }

}
