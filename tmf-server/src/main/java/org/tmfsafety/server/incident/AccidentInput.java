package org.tmfsafety.server.incident;

import org.tmfsafety.methodology.accident.FailureCause;

/**
 * What the authority adds when a closed incident goes into the accident database.
 *
 * @param cause the cause of the failure, {@code UNKNOWN} when not established
 * @param deaths the number of deaths, null when not known
 * @param runoutKm how far the tailings travelled, null when not known
 * @param releasedM3 the volume released, null to take the incident's estimate
 * @param narrative what happened, in the author's language
 * @param lessons the lessons learnt, one per line
 * @param incidentVersion the version of the incident the author saw
 */
public record AccidentInput(FailureCause cause, Integer deaths, Double runoutKm, Double releasedM3, String narrative,
        String lessons, Integer incidentVersion) {
}
