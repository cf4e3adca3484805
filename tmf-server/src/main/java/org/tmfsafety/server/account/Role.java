package org.tmfsafety.server.account;

/** What an account may do. Anonymous visitors (the public) have no role. */
public enum Role {

    /** Manages users and organisations; may also do everything an authority may. */
    ADMIN,

    /** Competent authority: reads everything, edits all registry data, approves assessments. */
    AUTHORITY,

    /** Inspector: reads everything, assesses any facility, edits programmes. */
    INSPECTOR,

    /** Operator: reads and edits only the facilities of its own organisations (and reads published ones). */
    OPERATOR;

    /** Returns the Spring Security authority name, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

}
