package org.tmfsafety.server.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads numbers as people type them in English, Russian or Kazakh forms: digit groups separated by
 * spaces, no-break spaces, thin spaces or apostrophes ({@code 1 500 000}) and a decimal point or a
 * single decimal comma ({@code 12,5}). Writes them back without grouping or exponent, so that a
 * value shown in a form reads back unchanged. Empty text is "no value".
 */
public class LenientNumberEditor extends PropertyEditorSupport {

    private final boolean wholeNumber;

    /**
     * @param wholeNumber true for {@link Integer} properties, false for {@link Double} ones
     */
    public LenientNumberEditor(boolean wholeNumber) {
        this.wholeNumber = wholeNumber;
    }

    /**
     * Reads a decimal number as typed in a form; null for empty text.
     * @throws IllegalArgumentException when the text is not a number
     */
    public static Double decimal(String text) {
        LenientNumberEditor editor = new LenientNumberEditor(false);
        editor.setAsText(text);
        return (Double) editor.getValue();
    }

    /**
     * Reads a whole number as typed in a form; null for empty text.
     * @throws IllegalArgumentException when the text is not a whole number
     */
    public static Integer whole(String text) {
        LenientNumberEditor editor = new LenientNumberEditor(true);
        editor.setAsText(text);
        return (Integer) editor.getValue();
    }

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String compact = text.strip().replaceAll("[\\s\\u00A0\\u202F\\u2009']", "");
        if (compact.indexOf('.') < 0 && compact.chars().filter(c -> c == ',').count() == 1) {
            compact = compact.replace(',', '.');
        }
        if (!compact.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            throw new IllegalArgumentException("Not a number: " + text);
        }
        BigDecimal number = new BigDecimal(compact);
        if (wholeNumber) {
            try {
                setValue(number.intValueExact());
            }
            catch (ArithmeticException e) {
                throw new IllegalArgumentException("Not a whole number: " + text, e);
            }
            return;
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Number too large: " + text);
        }
        setValue(value);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

}
