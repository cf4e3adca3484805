package org.tmfsafety.server.facility;

/**
 * Why a GIS file (GeoPackage, zipped Shapefile, KML/KMZ, GeoJSON) could not be read as a layer of points: the key of
 * the message the import shows for the whole file.
 */
final class UnreadableGisFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    UnreadableGisFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
