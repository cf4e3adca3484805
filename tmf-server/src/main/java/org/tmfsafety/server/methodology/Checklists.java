package org.tmfsafety.server.methodology;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.methodology.profile.ProfileId;

/**
 * The checklist templates the server knows (with their measure catalogues): the one shipped with the
 * methodology library, read and checked at start-up.
 */
@Component
public class Checklists {

    private final ChecklistTemplate current = ChecklistTemplate.builtIn();

    /** All templates, newest first. */
    public List<ChecklistTemplate> all() {
        return List.of(current);
    }

    /** The template with this id and version, if installed. */
    public Optional<ChecklistTemplate> find(ProfileId id) {
        return all().stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /** The template new assessments use. */
    public ChecklistTemplate current() {
        return current;
    }
}
