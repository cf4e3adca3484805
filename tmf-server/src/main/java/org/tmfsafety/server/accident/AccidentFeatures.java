package org.tmfsafety.server.accident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** Accidents as GeoJSON features, for the map layer and the OGC API collection. */
public final class AccidentFeatures {

    private AccidentFeatures() {
    }

    /** The accident as a point feature with its key facts, labels in the given language; it must have coordinates. */
    public static Map<String, Object> feature(Accident a, MessageSource messages, Locale locale) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", a.facilityName());
        properties.put("year", a.year());
        properties.put("date", a.occurredOn() == null ? null : a.occurredOn().toString());
        properties.put("country", a.country());
        properties.put("severity", a.severity().code());
        properties.put("severityLabel", messages.getMessage("enum.Severity." + a.severity().name(), null, locale));
        properties.put("cause", a.cause().name());
        properties.put("causeLabel", messages.getMessage("enum.FailureCause." + a.cause().name(), null, locale));
        properties.put("deaths", a.deaths());
        properties.put("releasedVolumeM3", a.releasedVolumeM3());
        properties.put("runoutKm", a.runoutKm());
        properties.put("transboundary", a.transboundary());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", a.id());
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(a.longitude(), a.latitude())));
        feature.put("properties", properties);
        return feature;
    }
}
