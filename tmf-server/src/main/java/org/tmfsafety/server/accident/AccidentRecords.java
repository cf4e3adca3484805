package org.tmfsafety.server.accident;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.SeverityClassifier;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.server.system.LocalizedName;

/**
 * The accident database's door for records made in this registry: a closed incident becomes an accident with its
 * lessons, so that what one facility learnt is read by all. The severity follows from deaths, released volume and
 * run-out by the same rule as for every other record; what is unknown stays null.
 */
@Component
public class AccidentRecords {

    private final AccidentRepository repository;

    AccidentRecords(AccidentRepository repository) {
        this.repository = repository;
    }

    /**
     * An accident as an incident describes it.
     *
     * @param incidentId the incident, which names the record ({@code registry:incident-<id>})
     * @param narrative what happened, in {@code language}
     * @param lessons the lessons, each in {@code language}
     * @param source where the record comes from, e.g. the facility code and incident number
     */
    public record FromIncident(long incidentId, LocalDate occurredOn, String facilityName, String place, String country,
            Double latitude, Double longitude, boolean locationApproximate, String commodity, DamRaiseMethod damRaiseMethod,
            Double damHeightM, Double storageVolumeM3, Double releasedVolumeM3, Double runoutKm, Integer deaths,
            FailureCause cause, String receivingRivers, List<String> transboundaryCountries, String narrative,
            Locale language, List<String> lessons, String source) {
    }

    /** Records the accident with its lessons; returns its id. */
    public long record(FromIncident incident) {
        SeverityClassifier.Result severity = SeverityClassifier.classify(incident.deaths(), incident.releasedVolumeM3(),
                incident.runoutKm());
        Accident accident = new Accident(0, "registry:incident-" + incident.incidentId(), Accident.Origin.REGISTRY,
                incident.occurredOn().getYear(), incident.occurredOn(), incident.facilityName(), incident.place(),
                incident.country(), incident.latitude(), incident.longitude(), incident.locationApproximate(),
                incident.commodity(), incident.damRaiseMethod(), null, null, incident.damHeightM(),
                incident.storageVolumeM3(), incident.releasedVolumeM3(), incident.runoutKm(), incident.deaths(),
                incident.cause(), severity.severity(), severity.rule().name(), incident.receivingRivers(),
                !incident.transboundaryCountries().isEmpty(), incident.transboundaryCountries(),
                written(incident.narrative(), incident.language()), List.of(incident.source()), null, 0);
        List<Lesson> lessons = incident.lessons()
            .stream()
            .map(text -> new Lesson(new LocalizedName(text, text, text), List.of()))
            .toList();
        return repository.upsert(new Accident.Draft(accident, lessons)).id();
    }

    /** A text written in one language: there, and as the fallback every other language shows. */
    private static LocalizedName written(String text, Locale language) {
        return new LocalizedName(text, "ru".equals(language.getLanguage()) ? text : null,
                "kk".equals(language.getLanguage()) ? text : null);
    }
}
