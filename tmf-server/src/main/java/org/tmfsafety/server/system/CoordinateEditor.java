package org.tmfsafety.server.system;

import java.beans.PropertyEditorSupport;

import org.tmfsafety.geo.Axis;
import org.tmfsafety.geo.Coordinates;

/**
 * Reads a latitude or longitude typed in a form in decimal degrees or degrees-minutes-seconds (see
 * {@link Coordinates#parse}); writes it back as decimal degrees. Empty text is "no value".
 */
public class CoordinateEditor extends PropertyEditorSupport {

    private final Axis axis;

    public CoordinateEditor(Axis axis) {
        this.axis = axis;
    }

    @Override
    public void setAsText(String text) {
        setValue(text == null || text.isBlank() ? null : Coordinates.parse(text, axis));
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : getValue().toString();
    }

}
