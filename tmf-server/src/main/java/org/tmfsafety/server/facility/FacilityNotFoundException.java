package org.tmfsafety.server.facility;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown when a facility id does not exist (any more); pages answer it with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FacilityNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    FacilityNotFoundException(long id) {
        super("No facility with id " + id);
        this.id = id;
    }

    /** Returns the id that was not found. */
    public long id() {
        return id;
    }

}
