package org.tmfsafety.server.facility;

import org.tmfsafety.server.system.EditConflictException;

/** Thrown when a facility was changed by someone else after the user read it. */
public class StaleFacilityException extends EditConflictException {

    private static final long serialVersionUID = 1L;

    StaleFacilityException(int submittedVersion, int currentVersion) {
        super("problem.conflict.facility", submittedVersion, currentVersion);
    }

}
