package org.tmfsafety.server.system;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.propertyeditors.CustomBooleanEditor;

/**
 * Reads yes/no values for primitive {@code boolean} properties: Spring's usual words (true/false, yes/no, on/off,
 * 1/0), and an empty value as "no", the way an unticked box or an empty spreadsheet cell means it.
 */
public class YesNoEditor extends PropertyEditorSupport {

    private final CustomBooleanEditor words = new CustomBooleanEditor(false);

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(Boolean.FALSE);
            return;
        }
        words.setAsText(text);
        setValue(words.getValue());
    }

    @Override
    public String getAsText() {
        return String.valueOf(getValue());
    }
}
