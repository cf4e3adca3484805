package org.tmfsafety.server.incident;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.tmfsafety.server.accident.AccidentRecords;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;

/**
 * A closed incident becomes an accident record with its lessons, so that the region learns from it: by an authority
 * or administrator, once per incident, never for an exercise. The record takes the facility's data (place,
 * commodity, dam, stored volume), the incident's release and the countries its screening named; the author adds the
 * cause, deaths, run-out, what happened and the lessons. The incident links the record; both are audited.
 */
@Service
class IncidentAccidents {

    private static final int MAX_TEXT = 10_000;

    private final IncidentRepository incidents;

    private final FacilityRepository facilities;

    private final IncidentPermissions permissions;

    private final IncidentFacts facts;

    private final AccidentRecords accidents;

    private final AuditLog audit;

    IncidentAccidents(IncidentRepository incidents, FacilityRepository facilities, IncidentPermissions permissions,
            IncidentFacts facts, AccidentRecords accidents, AuditLog audit) {
        this.incidents = incidents;
        this.facilities = facilities;
        this.permissions = permissions;
        this.facts = facts;
        this.accidents = accidents;
        this.audit = audit;
    }

    /** Whether the incident may go into the accident database now (the page shows the form then). */
    static boolean recordable(Incident incident) {
        return !incident.exercise() && incident.status() == IncidentStatus.CLOSED && incident.accidentId() == null;
    }

    /**
     * Records the accident and links it to the incident.
     *
     * @return the accident's id
     */
    @Transactional
    long record(long incidentId, AccidentInput input, Locale language) {
        return record(incidentId, input, language, List.of());
    }

    /**
     * Records the accident and links it to the incident, with the errors a form found while reading its numbers
     * (reported together with the others, after the authorisation check).
     *
     * @return the accident's id
     */
    @Transactional
    long record(long incidentId, AccidentInput input, Locale language, List<FieldError> unreadable) {
        Incident incident = incidents.find(incidentId).orElseThrow(() -> notFound(incidentId));
        Facility facility = facilities.findById(incident.facilityId()).orElseThrow(() -> notFound(incidentId));
        if (!permissions.canRead(facility)) {
            throw notFound(incidentId);
        }
        permissions.requireNotify();
        Errors errors = new BeanPropertyBindingResult(input, "accident");
        unreadable.forEach(error -> errors.rejectValue(error.getField(), error.getCode(), error.getArguments(), null));
        if (input.cause() == null) {
            errors.rejectValue("cause", "validation.required");
        }
        if (input.deaths() != null && input.deaths() < 0) {
            errors.rejectValue("deaths", "validation.notNegative");
        }
        notNegative(input.runoutKm(), "runoutKm", errors);
        notNegative(input.releasedM3(), "releasedM3", errors);
        if (input.narrative() == null || input.narrative().isBlank()) {
            errors.rejectValue("narrative", "validation.required");
        }
        else if (input.narrative().length() > MAX_TEXT) {
            errors.rejectValue("narrative", "validation.tooLong", new Object[] { MAX_TEXT }, null);
        }
        if (input.lessons() != null && input.lessons().length() > MAX_TEXT) {
            errors.rejectValue("lessons", "validation.tooLong", new Object[] { MAX_TEXT }, null);
        }
        if (input.incidentVersion() == null) {
            errors.rejectValue("incidentVersion", "validation.required");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        if (incident.exercise()) {
            throw new StateConflictException("incident.accident.exercise");
        }
        if (incident.status() != IncidentStatus.CLOSED) {
            throw new StateConflictException("incident.accident.notClosed");
        }
        if (incident.accidentId() != null) {
            throw new StateConflictException("incident.accident.already", String.valueOf(incident.accidentId()));
        }
        if (incident.version() != input.incidentVersion()) {
            throw new EditConflictException("problem.conflict.incident", input.incidentVersion(), incident.version());
        }
        Facts known = facts.of(facility);
        List<String> lessons = input.lessons() == null ? List.of()
                : Arrays.stream(input.lessons().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        long accidentId = accidents.record(new AccidentRecords.FromIncident(incident.id(),
                incident.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), facility.name(),
                facility.region(), facility.country(), facility.latitude(), facility.longitude(),
                facility.locationApproximate(), facility.commodity(), facility.damRaiseMethod(), facility.damHeightM(),
                facility.storedVolumeM3(), input.releasedM3() != null ? input.releasedM3() : incident.releaseM3(),
                input.runoutKm(), input.deaths(), input.cause(), known.river(), known.affectedCountries(),
                input.narrative().strip(), language, lessons,
                "TMF Safety incident " + incident.id() + " at " + facility.code()));
        if (!incidents.linkAccident(incident.id(), incident.version(), accidentId)) {
            int current = incidents.find(incidentId).map(Incident::version).orElse(incident.version());
            throw new EditConflictException("problem.conflict.incident", input.incidentVersion(), current);
        }
        audit.record("incident", incident.id(), AuditAction.UPDATE, incident, incidents.find(incidentId).orElseThrow());
        return accidentId;
    }

    private static void notNegative(Double value, String field, Errors errors) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            errors.rejectValue(field, "validation.notNegative");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.notFound.incident", String.valueOf(id));
    }
}
