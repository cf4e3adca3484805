package org.tmfsafety.server.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.methodology.profile.IndexClass;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRatings;
import org.tmfsafety.server.facility.ProfileComparison;
import org.tmfsafety.server.methodology.MethodologyProfiles;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * Compares two methodology profile versions on the registry as the reader may see it: which profiles a comparison
 * may name (the server's built-in ones), the defaults (the two newest versions of the default profile), and the
 * comparison with class labels and colours from each profile, for the page and the API.
 */
@Component
class ProfileComparisons {

    private final MethodologyProfiles profiles;

    private final FacilityRatings ratings;

    private final FacilityPermissions permissions;

    private final MessageSource messages;

    ProfileComparisons(MethodologyProfiles profiles, FacilityRatings ratings, FacilityPermissions permissions,
            MessageSource messages) {
        this.profiles = profiles;
        this.ratings = ratings;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** A class as a reader sees it: label in the language and the profile's colour; the code is for data only. */
    record ClassView(String code, String label, String colour) {
    }

    /** One row of the transition matrix: a class under "from" and the counts under each class of "to". */
    record MatrixRow(ClassView from, List<Long> counts, long total) {
    }

    /** One facility whose class changes. */
    record ChangeView(long facilityId, String code, String name, ClassView from, ClassView to, Double fromValue,
            Double toValue) {
    }

    /** A comparison ready to show or send. */
    record View(String index, String from, String to, String fromTitle, String toTitle, List<ClassView> columns,
            List<MatrixRow> upper, List<MatrixRow> lower, long compared, long up, long down, long unchanged,
            long onlyFrom, long onlyTo, List<ChangeView> changes) {
    }

    /** A profile a comparison may name, as {@code id:version}. */
    record Choice(String key, String title) {
    }

    /** The built-in profiles, newest first. */
    List<Choice> choices() {
        return profiles.all().stream()
            .sorted(Comparator.comparing((MethodologyProfile p) -> p.id().id())
                .thenComparing(p -> -p.id().version()))
            .map(p -> new Choice(key(p), p.title() + " (v" + p.id().version() + ")"))
            .toList();
    }

    /**
     * Compares the profiles named {@code id:version} (defaults: the newest version of the default profile against the
     * one before it).
     *
     * @throws InvalidInputException naming the parameter when the index or a profile is unknown
     */
    View compare(String index, String from, String to, Locale locale) {
        Errors errors = new MapBindingResult(new LinkedHashMap<>(), "comparison");
        String code = index == null || index.isBlank() ? "THI" : index.strip().toUpperCase(Locale.ROOT);
        MethodologyProfile current = profiles.defaultProfile();
        Optional<MethodologyProfile> previous = profiles.find(current.id().id(), current.id().version() - 1);
        MethodologyProfile before = from == null || from.isBlank() ? previous.orElse(current)
                : parse(from).orElse(null);
        MethodologyProfile after = to == null || to.isBlank() ? current : parse(to).orElse(null);
        if (before == null) {
            errors.rejectValue("from", "rating.compare.unknownProfile", new Object[] { from }, null);
        }
        if (after == null) {
            errors.rejectValue("to", "rating.compare.unknownProfile", new Object[] { to }, null);
        }
        if (!code.equals("THI") && !code.equals("TRI")) {
            errors.rejectValue("index", "rating.compare.unknownIndex", new Object[] { index }, null);
        }
        else if ((before != null && before.index(code).isEmpty()) || (after != null && after.index(code).isEmpty())) {
            errors.rejectValue("index", "rating.compare.indexMissing", new Object[] { code }, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        ProfileComparison comparison = ratings.compare(before, after, code, permissions.scope());
        return view(comparison, locale);
    }

    private Optional<MethodologyProfile> parse(String key) {
        String[] parts = key.strip().split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return profiles.find(parts[0], Integer.valueOf(parts[1]));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static String key(MethodologyProfile profile) {
        return profile.id().id() + ":" + profile.id().version();
    }

    private View view(ProfileComparison comparison, Locale locale) {
        List<IndexClass> fromClasses = comparison.from().index(comparison.index()).orElseThrow().classes();
        List<IndexClass> toClasses = comparison.to().index(comparison.index()).orElseThrow().classes();
        List<ClassView> columns = new ArrayList<>(toClasses.stream().map(c -> classView(c, locale)).toList());
        columns.add(notRateable(locale));
        List<String> toCodes = new ArrayList<>(toClasses.stream().map(IndexClass::code).toList());
        toCodes.add(ProfileComparison.NOT_RATEABLE);
        List<ClassView> rows = new ArrayList<>(fromClasses.stream().map(c -> classView(c, locale)).toList());
        rows.add(notRateable(locale));
        List<String> fromCodes = new ArrayList<>(fromClasses.stream().map(IndexClass::code).toList());
        fromCodes.add(ProfileComparison.NOT_RATEABLE);
        List<MatrixRow> upper = matrix(rows, fromCodes, toCodes, comparison::count);
        List<MatrixRow> lower = matrix(rows, fromCodes, toCodes, comparison::countLow);
        Map<String, ClassView> fromViews = new LinkedHashMap<>();
        Map<String, ClassView> toViews = new LinkedHashMap<>();
        for (int i = 0; i < fromCodes.size(); i++) {
            fromViews.put(fromCodes.get(i), rows.get(i));
        }
        for (int i = 0; i < toCodes.size(); i++) {
            toViews.put(toCodes.get(i), columns.get(i));
        }
        long onlyFrom = comparison.changes().stream()
            .filter(c -> c.toClass().equals(ProfileComparison.NOT_RATEABLE)).count();
        long onlyTo = comparison.changes().stream()
            .filter(c -> c.fromClass().equals(ProfileComparison.NOT_RATEABLE)).count();
        List<ChangeView> changes = comparison.changes().stream()
            .map(c -> new ChangeView(c.facilityId(), c.code(), c.name().in(locale), fromViews.get(c.fromClass()),
                    toViews.get(c.toClass()), c.fromValue(), c.toValue()))
            .toList();
        return new View(comparison.index(), key(comparison.from()), key(comparison.to()), title(comparison.from()),
                title(comparison.to()), columns, upper, lower, comparison.compared(), comparison.up(),
                comparison.down(), comparison.unchanged(), onlyFrom, onlyTo, changes);
    }

    private interface Counter {
        long count(String from, String to);
    }

    private static List<MatrixRow> matrix(List<ClassView> rows, List<String> fromCodes, List<String> toCodes,
            Counter counter) {
        List<MatrixRow> matrix = new ArrayList<>();
        for (int i = 0; i < fromCodes.size(); i++) {
            String from = fromCodes.get(i);
            List<Long> counts = toCodes.stream().map(to -> counter.count(from, to)).toList();
            matrix.add(new MatrixRow(rows.get(i), counts, counts.stream().mapToLong(Long::longValue).sum()));
        }
        return matrix;
    }

    private static String title(MethodologyProfile profile) {
        return profile.title() + " (v" + profile.id().version() + ")";
    }

    private static ClassView classView(IndexClass indexClass, Locale locale) {
        return new ClassView(indexClass.code(), indexClass.label(locale), indexClass.colour());
    }

    private ClassView notRateable(Locale locale) {
        return new ClassView(ProfileComparison.NOT_RATEABLE,
                messages.getMessage("rating.compare.notRateable", null, locale), null);
    }
}
