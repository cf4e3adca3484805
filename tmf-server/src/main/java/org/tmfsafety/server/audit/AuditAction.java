package org.tmfsafety.server.audit;

/** What happened to a record; a record is archived instead of deleted when others refer to it, and restored. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, ARCHIVE, RESTORE
}
