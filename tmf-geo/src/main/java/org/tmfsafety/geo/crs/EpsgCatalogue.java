package org.tmfsafety.geo.crs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.locationtech.proj4j.proj.GeocentProjection;
import org.tmfsafety.geo.crs.CoordinateSystemException.Reason;

/**
 * The coordinate reference systems of proj4j's EPSG file, each read once and kept for the life of the
 * application: reading one scans the whole file (about 10 ms).
 */
final class EpsgCatalogue {

    /** The EPSG code of WGS84 latitude and longitude. */
    static final int WGS84 = 4326;

    private static final ConcurrentMap<Integer, CoordinateReferenceSystem> SYSTEMS = new ConcurrentHashMap<>();

    /** proj4j fills its table of projections on first use without locking, so reads take this lock. */
    private static final CRSFactory FACTORY = new CRSFactory();

    private EpsgCatalogue() {
    }

    /**
     * Returns the system of an EPSG code.
     * @throws CoordinateSystemException when proj4j does not know the code or cannot use it
     */
    static CoordinateReferenceSystem system(int code) {
        return SYSTEMS.computeIfAbsent(code, EpsgCatalogue::read);
    }

    /**
     * Returns a new transformation from the system of an EPSG code to WGS84, for one thread. It works on
     * its own copies of the systems, parsed from their definitions without reading the file again, since
     * some of proj4j's projections (Cassini-Soldner) keep intermediate values in fields while transforming.
     */
    static CoordinateTransform toWgs84(int code) {
        return new BasicCoordinateTransform(copy(system(code)), copy(system(WGS84)));
    }

    private static CoordinateReferenceSystem copy(CoordinateReferenceSystem system) {
        synchronized (FACTORY) {
            return FACTORY.createFromParameters(system.getName(), system.getParameters());
        }
    }

    private static CoordinateReferenceSystem read(int code) {
        String name = "EPSG:" + code;
        CoordinateReferenceSystem system;
        synchronized (FACTORY) {
            try {
                system = FACTORY.createFromName(name);
            }
            catch (UnknownAuthorityCodeException e) {
                throw new CoordinateSystemException(Reason.UNKNOWN_EPSG_CODE, name);
            }
            catch (Proj4jException e) {
                throw new CoordinateSystemException(Reason.UNSUPPORTED_EPSG_CODE, name);
            }
        }
        if (system.getProjection() instanceof GeocentProjection) {
            throw new CoordinateSystemException(Reason.UNSUPPORTED_EPSG_CODE, name);
        }
        return system;
    }

}
