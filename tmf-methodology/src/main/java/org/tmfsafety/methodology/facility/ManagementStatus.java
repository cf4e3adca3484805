package org.tmfsafety.methodology.facility;

/** Who looks after a facility: the management input of the Tailings Hazard Index. */
public enum ManagementStatus {

    /** Operated, with a responsible operator and supervision. */
    OPERATED_SUPERVISED,

    /** Closed, with maintenance by a responsible party. */
    CLOSED_MAINTAINED,

    /** Abandoned or orphaned: no responsible operator. */
    NO_RESPONSIBLE_OPERATOR

}
