package org.tmfsafety.server.methodology;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.profile.IndexClass;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileId;

/**
 * The one server-side source of how index classes are presented: for an index of a profile version
 * (the default profile unless a stored rating names its own), the classes in the profile's order,
 * from the least to the most severe, with their translated label and colour. Nothing in the server
 * should name a class code itself. A class a stored rating names that its profile does not have (or
 * that the default profile does not have, when this server no longer knows the rating's profile) is
 * shown as an unknown class, never by its code. The bean is {@code @indexClasses} in templates.
 */
@Component
public class IndexClasses {

    private final MethodologyProfiles profiles;

    private final MessageSource messages;

    public IndexClasses(MethodologyProfiles profiles, MessageSource messages) {
        this.profiles = profiles;
        this.messages = messages;
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

    /** Returns the class codes of an index in the default profile, least severe first; empty for an unknown index. */
    public List<String> codes(String indexCode) {
        return profiles.defaultProfile().index(indexCode)
            .map(index -> index.classes().stream().map(IndexClass::code).toList())
            .orElse(List.of());
    }

    /**
     * Returns a class of the default profile as shown to a user; an unknown class (rank -1, no colour)
     * when the default profile does not have it.
     */
    public Presented present(String indexCode, String classCode, Locale locale) {
        return of(profiles.defaultProfile(), indexCode, locale).stream().filter(c -> c.code().equals(classCode))
            .findFirst()
            .orElseGet(() -> unknown(classCode, locale));
    }

    /**
     * Returns a stored class as shown to a user: from the profile version that produced it (the default
     * profile when the version is not known to this server or not given); an unknown class (rank -1, no
     * colour) when that profile does not have it.
     */
    public Presented stored(String profileId, Integer version, String indexCode, String classCode, Locale locale) {
        return find(profileId, version, indexCode, classCode, locale).orElseGet(() -> unknown(classCode, locale));
    }

    /** Returns a stored class as shown to a user, as {@link #stored(String, Integer, String, String, Locale)}. */
    public Presented stored(ProfileId profile, String indexCode, String classCode, Locale locale) {
        return profile == null ? present(indexCode, classCode, locale)
                : stored(profile.id(), profile.version(), indexCode, classCode, locale);
    }

    private Presented unknown(String classCode, Locale locale) {
        return new Presented(classCode, messages.getMessage("indexClass.unknown", null, locale), null, -1);
    }

    /**
     * Returns the classes of an index in a profile version, least severe first; the default profile's
     * when the version is not known to this server, empty for an unknown index.
     */
    public List<Presented> of(String profileId, Integer version, String indexCode, Locale locale) {
        MethodologyProfile profile = profileId == null ? profiles.defaultProfile()
                : profiles.find(profileId, version).orElse(profiles.defaultProfile());
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
