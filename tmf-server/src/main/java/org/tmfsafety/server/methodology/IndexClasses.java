package org.tmfsafety.server.methodology;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.profile.IndexClass;
import org.tmfsafety.methodology.profile.MethodologyProfile;

/**
 * The one server-side source of how index classes are presented: for an index of a profile version
 * (the default profile unless a stored rating names its own), the classes in the profile's order,
 * from the least to the most severe, with their translated label and colour. Nothing in the server
 * should name a class code itself.
 */
@Component
public class IndexClasses {

    private final MethodologyProfiles profiles;

    public IndexClasses(MethodologyProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * One class as shown to a user.
     *
     * @param code the class code, kept as data (filters, exports, GeoJSON)
     * @param label the class name in the reader's language
     * @param colour the display colour as {@code #rrggbb}, or null when the profile gives none
     * @param rank the position from the least severe (0); a higher rank is worse
     */
    public record Presented(String code, String label, String colour, int rank) {
    }

    /** Returns the classes of an index in the default profile, least severe first; empty for an unknown index. */
    public List<Presented> of(String indexCode, Locale locale) {
        return of(profiles.defaultProfile(), indexCode, locale);
    }

    /**
     * Returns the classes of an index in a profile version, least severe first; the default profile's
     * when the version is not known to this server, empty for an unknown index.
     */
    public List<Presented> of(String profileId, Integer version, String indexCode, Locale locale) {
        MethodologyProfile profile = profiles.find(profileId, version).orElse(profiles.defaultProfile());
        return of(profile, indexCode, locale);
    }

    /** Returns one class of an index in a profile version, if the profile has it. */
    public Optional<Presented> find(String profileId, Integer version, String indexCode, String classCode,
            Locale locale) {
        return of(profileId, version, indexCode, locale).stream().filter(c -> c.code().equals(classCode))
                .findFirst();
    }

    private static List<Presented> of(MethodologyProfile profile, String indexCode, Locale locale) {
        return profile.index(indexCode).map(index -> {
            List<IndexClass> classes = index.classes();
            return IntStream.range(0, classes.size())
                    .mapToObj(i -> new Presented(classes.get(i).code(), classes.get(i).label(locale),
                            classes.get(i).colour(), i))
                    .toList();
        }).orElse(List.of());
    }

}
