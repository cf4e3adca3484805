package org.tmfsafety.server.transboundary;

/** The river data formats that can be imported. */
public enum RiverImportFormat {
    /** HydroRIVERS as GeoJSON (HYRIV_ID, NEXT_DOWN, LENGTH_KM, optional ORD_STRA, DIS_AV_CMS). */
    HYDRORIVERS_GEOJSON,
    /** HydroRIVERS as CSV with a WKT geometry column. */
    HYDRORIVERS_CSV,
    /** Plain lines as GeoJSON; topology from snapping line ends, direction from digitising. */
    LINES_GEOJSON
}
