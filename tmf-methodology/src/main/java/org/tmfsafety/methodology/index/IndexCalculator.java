package org.tmfsafety.methodology.index;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * booleans. A missing input, or the category {@code UNKNOWN}, is replaced as the profile says and
 * reported in the trail; an input the profile requires is refused when missing.
 */
public final class IndexCalculator {

    /** The category value that means "not known" and is treated like a missing input. */
    public static final String UNKNOWN = "UNKNOWN";

    private final MethodologyProfile profile;

    public IndexCalculator(MethodologyProfile profile) {
        this.profile = profile;
    }

    /**
     * Computes one index.
     * @param indexCode {@code THI} or {@code TRI}
     * @param inputs the inputs by name; absent keys and null values are missing inputs
     * @return the value, class and derivation
     * @throws IllegalArgumentException when the profile has no such index
     * @throws InvalidInputsException listing every input that cannot be used
     */
    public IndexResult calculate(String indexCode, Map<String, ?> inputs) {
        IndexDefinition index = profile.index(indexCode)
            .orElseThrow(() -> new IllegalArgumentException(profile.id() + " defines no index " + indexCode));
        List<TermDefinition> definitions = profile.allTerms(index);
        List<InputError> errors = new ArrayList<>();
        Set<String> known = definitions.stream().map(TermDefinition::input).collect(Collectors.toSet());
        inputs.keySet().stream().filter(name -> !known.contains(name)).sorted()
            .forEach(name -> errors.add(new InputError(name, Code.UNKNOWN_INPUT, List.copyOf(known))));
        List<Term> terms = new ArrayList<>();
        for (TermDefinition definition : definitions) {
            Term term = term(definition, inputs.get(definition.input()), errors);
            if (term != null) {
                terms.add(term);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputsException(errors);
        }
        double value = terms.stream().mapToDouble(Term::points).sum();
        Provenance classes = index.classesProvenance();
        return new IndexResult(indexCode, value, index.classify(value), profile.id(), List.copyOf(terms), classes.source(),
                classes.provisionalReason());
    }

    private static Term term(TermDefinition definition, Object given, List<InputError> errors) {
        Object value = given;
        String treatedAs = null;
        Provenance provenance = definition.provenance();
        if (value == null || UNKNOWN.equals(value)) {
            if (definition.missing() instanceof Missing.TreatAs treatAs) {
                value = treatAs.value();
                treatedAs = String.valueOf(value);
                provenance = treatAs.provenance();
            }
            else {
                errors.add(new InputError(definition.input(), Code.REQUIRED, List.of()));
                return null;
            }
        }
        Double points = points(definition, value, errors);
        if (points == null) {
            return null;
        }
        return new Term(definition.code(), definition.input(), given == null ? null : String.valueOf(given),
                ruleName(definition.rule()), treatedAs, points, provenance.source(), provenance.provisionalReason());
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
