package org.tmfsafety.server.accident;

import java.util.List;

import org.tmfsafety.server.system.LocalizedName;

/**
 * A lesson learned from an accident, in three languages, linked to the checklist questions that check for it.
 *
 * @param questionIds ids of questions of the checklist content, e.g. {@code DAM-03}
 */
public record Lesson(LocalizedName text, List<String> questionIds) {
}
