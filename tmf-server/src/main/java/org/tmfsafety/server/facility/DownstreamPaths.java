package org.tmfsafety.server.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tmfsafety.server.transboundary.TransboundaryResponse;
import org.tmfsafety.server.transboundary.TransboundaryService;

/** The stored downstream paths of the facilities the caller may see (filters as for the list). */
@Component
public class DownstreamPaths {

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final TransboundaryService transboundary;

    DownstreamPaths(FacilityRepository facilities, FacilityPermissions permissions, TransboundaryService transboundary) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.transboundary = transboundary;
    }

    /**
     * A facility with a river path.
     *
     * @param facility the facility as a map point
     * @param downstream its path and border crossing
     * @param potentialEffect whether the location rule flags it
     * @param verdict the screening's verdict (POTENTIAL_EFFECT, NO_EFFECT_FOUND, UNDETERMINED)
     */
    public record Path(FacilityRepository.MapFeature facility, TransboundaryResponse.DownstreamJson downstream,
            boolean potentialEffect, String verdict) {
    }

    /** One facility's path, when the current account may see the facility and it drains to a river. */
    public Optional<Path> of(long facilityId, Locale locale) {
        return facilities.findById(facilityId)
            .filter(permissions::canRead)
            .flatMap(facility -> transboundary.stored(facilityId)
                .filter(result -> result.downstream() != null)
                .map(result -> new Path(FacilityRepository.MapFeature.of(facility, locale), result.downstream(),
                        result.potentialTransboundaryEffect(), verdict(result))));
    }

    /** The visible facilities that drain to a river, with their paths, in facility order. */
    public List<Path> visible(FacilitySearch search, Locale locale) {
        Map<Long, FacilityRepository.MapFeature> visible = new LinkedHashMap<>();
        facilities.features(search, permissions.scope(), locale).forEach(feature -> visible.put(feature.id(), feature));
        List<Path> paths = new ArrayList<>();
        transboundary.stored(visible.keySet()).forEach((id, result) -> {
            if (result.downstream() != null) {
                paths.add(new Path(visible.get(id), result.downstream(), result.potentialTransboundaryEffect(),
                        verdict(result)));
            }
        });
        return paths;
    }

    private static String verdict(TransboundaryResponse result) {
        return result.verdict() == null ? null : result.verdict().name();
    }
}
