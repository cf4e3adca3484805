package org.tmfsafety.server.facility;

import org.tmfsafety.server.system.NotFoundException;

/** Thrown when a facility id does not exist (any more). */
public class FacilityNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    FacilityNotFoundException(long id) {
        super("problem.notFound.facility", String.valueOf(id));
    }

}
