package org.tmfsafety.server.facility;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A saved import assignment: how the files of one source are read (columns, values, values for all rows, coordinate
 * system), under a name.
 *
 * @param id its id
 * @param name its name, unique
 * @param mapping the assignment
 * @param createdBy who saved it first
 * @param createdAt when
 * @param updatedBy who changed it last
 * @param updatedAt when
 * @param version the version, for optimistic locking
 */
public record ImportProfile(long id, String name, ImportMapping mapping, String createdBy, OffsetDateTime createdAt,
        String updatedBy, OffsetDateTime updatedAt, int version) implements Serializable {

    /** How many file values the profile assigns to registry values, over all columns. */
    public int assignedValues() {
        return mapping.values().values().stream().mapToInt(Map::size).sum();
    }
}
