package org.tmfsafety.server.methodology;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.checklist.ChecklistTemplate;
import org.tmfsafety.methodology.profile.ProfileId;

/**
 * The checklist templates the server knows (with their measure catalogues): every version shipped with the
 * methodology library, read and checked at start-up. New assessments use the newest; an assessment keeps the
 * version it was started with, so its questions, answers and proposed measures stay as they were.
 */
@Component
public class Checklists {

    private final List<ChecklistTemplate> all = IntStream.iterate(ChecklistTemplate.LATEST_VERSION, v -> v >= 1, v -> v - 1)
        .mapToObj(ChecklistTemplate::builtIn)
        .toList();

    private final ChecklistTemplate current = all.get(0);

    /** All templates, newest first. */
    public List<ChecklistTemplate> all() {
        return all;
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
