package org.tmfsafety.geo.crs;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;
import org.tmfsafety.geo.Axis;
import org.tmfsafety.geo.crs.CoordinateTransformException.Reason;

/**
 * Transforms the coordinates of rows in one {@link CoordinateSystem} to WGS84 latitude and longitude with
 * proj4j, checking first that they are plausible for their zone.
 *
 * <p>Axis naming: the arguments are always easting (metres towards the east) then northing (metres
 * towards the north). Russian and Soviet geodesy calls the northing X and the easting Y: pass a record's
 * Y as easting and its X as northing. For geographic systems the easting is the longitude and the
 * northing the latitude, in degrees.
 *
 * <p>Checks for UTM and Gauss-Krüger rows: the easting (for Gauss-Krüger without its zone prefix) lies
 * within 100 000 to 900 000 m, the northing within 0 to 10 000 000 m, and the resulting longitude no more
 * than 1° beyond the zone's 6° band (so the widened zones 32V and 31X-37X of Norway and Svalbard are
 * refused at their edges). Rows of an EPSG system are only checked for a result within -90..90 and
 * -180..180.
 *
 * <p>Not thread-safe, like proj4j's transformations: create one per thread, for example per import. The
 * definitions read from proj4j's EPSG file are kept for all instances, so creating one is cheap.
 */
public final class CoordinateTransformer {

    private static final double MIN_EASTING = 100_000;

    private static final double MAX_EASTING = 900_000;

    private static final double MAX_NORTHING = 10_000_000;

    /** The Gauss-Krüger false easting carries the zone in the millions: 13 500 000 m in zone 13. */
    private static final double ZONE_PREFIX = 1_000_000;

    /** Half the width of a zone plus the margin a row may lie beyond it, in degrees of longitude. */
    private static final double MAX_DEGREES_FROM_CENTRAL_MERIDIAN = 3 + 1;

    private final CoordinateSystem source;

    private final Map<Integer, CoordinateTransform> transforms = new HashMap<>();

    private final ProjCoordinate grid = new ProjCoordinate();

    private final ProjCoordinate geographic = new ProjCoordinate();

    /**
     * Creates a transformer for rows in {@code source}.
     * @param source the coordinate system of the rows
     */
    public CoordinateTransformer(CoordinateSystem source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Returns the coordinate system of the rows. */
    public CoordinateSystem source() {
        return source;
    }

    /**
     * Transforms one row of a system without zone per row; the same as {@code toWgs84(easting, northing,
     * null)}.
     */
    public LatLon toWgs84(double easting, double northing) {
        return toWgs84(easting, northing, null);
    }

    /**
     * Transforms one row to WGS84.
     * @param easting metres towards the east (Russian Y), with or without the Gauss-Krüger zone prefix; for
     *        geographic systems the longitude in degrees
     * @param northing metres towards the north (Russian X); for geographic systems the latitude in degrees
     * @param zone the zone of the row: required by {@code UTM-ROW}, taken by {@code GK-PREFIX} when the
     *        easting has no prefix; may repeat the zone of a one-zone system; null for systems without
     *        zones
     * @return the WGS84 position
     * @throws CoordinateTransformException with a {@link Reason} and the values when the row is refused
     */
    public LatLon toWgs84(double easting, double northing, Integer zone) {
        Row row = new Row(easting, northing, zone);
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw row.refused(Reason.NOT_FINITE);
        }
        return switch (source.kind()) {
            case WGS84 -> position(withoutZone(row), northing, easting);
            case EPSG -> transform(withoutZone(row), source.epsgCode().getAsInt(), easting);
            case UTM, UTM_ZONE_PER_ROW -> utm(row);
            case GAUSS_KRUGER, GAUSS_KRUGER_ZONE_FROM_PREFIX -> gaussKruger(row);
        };
    }

    private static Row withoutZone(Row row) {
        if (row.zone() != null) {
            throw row.refused(Reason.ZONE_INVALID);
        }
        return row;
    }

    private LatLon utm(Row row) {
        int zone;
        if (source.zone().isPresent()) {
            zone = source.zone().getAsInt();
            if (row.zone() != null && row.zone() != zone) {
                throw row.refused(Reason.ZONE_CONTRADICTED);
            }
        }
        else if (row.zone() == null) {
            throw row.refused(Reason.ZONE_MISSING);
        }
        else if (row.zone() < 1 || row.zone() > 60) {
            throw row.refused(Reason.ZONE_INVALID);
        }
        else {
            zone = row.zone();
        }
        checkGridRange(row, row.easting());
        int base = source.hemisphere().orElseThrow() == CoordinateSystem.Hemisphere.NORTH ? 32600 : 32700;
        return inZone(row, transform(row, base + zone, row.easting()), 6 * zone - 183);
    }

    private LatLon gaussKruger(Row row) {
        int prefix = row.easting() < ZONE_PREFIX ? 0 : (int) Math.min(row.easting() / ZONE_PREFIX, Integer.MAX_VALUE);
        Integer given = row.zone();
        if (source.zone().isPresent()) {
            if (given != null && given != source.zone().getAsInt()) {
                throw row.refused(Reason.ZONE_CONTRADICTED);
            }
            given = source.zone().getAsInt();
        }
        int zone;
        if (given != null) {
            if (given < 4 || given > 32) {
                throw row.refused(Reason.ZONE_INVALID);
            }
            if (prefix != 0 && prefix != given) {
                throw row.refused(Reason.ZONE_CONTRADICTED);
            }
            zone = given;
        }
        else if (prefix == 0) {
            throw row.refused(Reason.ZONE_MISSING);
        }
        else if (prefix < 4 || prefix > 32) {
            throw row.refused(Reason.ZONE_INVALID);
        }
        else {
            zone = prefix;
        }
        double easting = row.easting() - prefix * ZONE_PREFIX;
        checkGridRange(row, easting);
        return inZone(row, transform(row, 28400 + zone, zone * ZONE_PREFIX + easting), 6 * zone - 3);
    }

    private static void checkGridRange(Row row, double easting) {
        if (easting < MIN_EASTING || easting > MAX_EASTING) {
            throw row.refused(Reason.EASTING_OUT_OF_RANGE);
        }
        if (row.northing() < 0 || row.northing() > MAX_NORTHING) {
            throw row.refused(Reason.NORTHING_OUT_OF_RANGE);
        }
    }

    /** Returns the position if its longitude is close enough to the zone's central meridian (in degrees). */
    private static LatLon inZone(Row row, LatLon position, double centralMeridian) {
        double offset = position.longitude() - centralMeridian;
        offset -= 360 * Math.floor((offset + 180) / 360);
        if (Math.abs(offset) > MAX_DEGREES_FROM_CENTRAL_MERIDIAN) {
            throw row.refused(Reason.LONGITUDE_OUTSIDE_ZONE);
        }
        return position;
    }

    private LatLon transform(Row row, int epsgCode, double easting) {
        CoordinateTransform transform = transforms.computeIfAbsent(epsgCode, EpsgCatalogue::toWgs84);
        grid.setValue(easting, row.northing());
        try {
            transform.transform(grid, geographic);
        }
        catch (Proj4jException e) {
            throw row.refused(Reason.OUTSIDE_WORLD);
        }
        return position(row, geographic.y, geographic.x);
    }

    private static LatLon position(Row row, double latitude, double longitude) {
        if (!Axis.LATITUDE.contains(latitude) || !Axis.LONGITUDE.contains(longitude)) {
            throw row.refused(Reason.OUTSIDE_WORLD);
        }
        return new LatLon(latitude, longitude);
    }

    /** The values of one row, for the exception that refuses it. */
    private record Row(double easting, double northing, Integer zone) {

        CoordinateTransformException refused(Reason reason) {
            return new CoordinateTransformException(reason, easting, northing, zone);
        }
    }

}
