package org.tmfsafety.server.transboundary;

import java.util.HashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.system.InvalidInputException;

/** The transboundary calculator: screening of any coordinate with the network in use. Nothing is stored. */
@RestController
@Tag(name = "Geography")
class TransboundaryApiController {

    private final TransboundaryService service;

    TransboundaryApiController(TransboundaryService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/geo/transboundary")
    @Operation(summary = "Transboundary screening of a coordinate",
            description = "Body {\"latitude\": .., \"longitude\": ..} in WGS84 decimal degrees. Returns the country "
                    + "(ISO3), the geodesic distance to the nearest land border and the country across it, the river "
                    + "within the snap distance and the way down it (countries in order, first border crossing and the "
                    + "distance along the river to it, lakes or inland seas reached, length, path as a GeoJSON "
                    + "LineString), and the location rule with its parameters and verdict.")
    TransboundaryResponse screen(@RequestBody Coordinate coordinate) {
        Errors errors = new MapBindingResult(new HashMap<>(), "coordinate");
        check(coordinate.latitude(), 90, "latitude", errors);
        check(coordinate.longitude(), 180, "longitude", errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        return service.analyze(coordinate.latitude(), coordinate.longitude());
    }

    private static void check(Double value, double limit, String field, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "validation.required");
        }
        else if (!(Math.abs(value) <= limit)) {
            errors.rejectValue(field, "transboundary." + field + ".range");
        }
    }

    /**
     * A WGS84 coordinate.
     *
     * @param latitude decimal degrees, -90 to 90
     * @param longitude decimal degrees, -180 to 180
     */
    record Coordinate(Double latitude, Double longitude) {
    }
}
