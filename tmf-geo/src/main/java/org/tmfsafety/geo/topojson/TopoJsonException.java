package org.tmfsafety.geo.topojson;

/** A TopoJSON document that cannot be read; the message names the object, geometry or arc at fault. */
public class TopoJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TopoJsonException(String message) {
        super(message);
    }

    public TopoJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
