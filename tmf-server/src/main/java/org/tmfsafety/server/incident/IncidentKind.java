package org.tmfsafety.server.incident;

/** What happened at the facility (labels {@code incident.kind.*}). */
public enum IncidentKind {
    DAM_FAILURE, OVERTOPPING, SEEPAGE, PIPELINE_SPILL, EARTHQUAKE_DAMAGE, FLOOD_DAMAGE, OTHER
}
