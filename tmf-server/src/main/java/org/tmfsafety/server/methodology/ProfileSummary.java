package org.tmfsafety.server.methodology;

import java.util.List;

import org.tmfsafety.methodology.profile.MethodologyProfile;

/**
 * A profile as listed by the API.
 *
 * @param id the profile id
 * @param version its version
 * @param title its title
 * @param description what it is and where its values come from
 * @param provisional whether any of its values is provisional
 * @param indices the indices it defines
 */
record ProfileSummary(String id, int version, String title, String description, boolean provisional, List<String> indices) {

    static ProfileSummary of(MethodologyProfile profile) {
        return new ProfileSummary(profile.id().id(), profile.id().version(), profile.title(), profile.description(),
                profile.provisional(), profile.indices().keySet().stream().sorted().toList());
    }

}
