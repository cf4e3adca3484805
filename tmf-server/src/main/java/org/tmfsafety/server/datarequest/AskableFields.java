package org.tmfsafety.server.datarequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityInput;
import org.tmfsafety.server.system.Formats;
import org.tmfsafety.server.system.Languages;

/**
 * The registry fields a data request may ask for: the size facts and index inputs of the hazard and risk ratings.
 * Values travel as text in one exchange form (a plain number with a point, an enum constant, {@code true} or
 * {@code false}); people type or pick them in their own language (a decimal comma, an enum's label in English,
 * Russian or Kazakh, yes/no), which {@link #parse} turns into the exchange form.
 */
@Component
class AskableFields {

    /** How a field's values are written. */
    enum Kind {
        NUMBER, WHOLE_NUMBER, CHOICE, YES_NO
    }

    /** An askable field: its registry name, kind and (for a choice) its options in exchange form. */
    record Field(String name, Kind kind, List<String> options) {
    }

    /** The size facts first (in the order the size estimate uses them), then the index inputs. */
    private static final List<String> NAMES = List.of("storedVolumeM3", "designCapacityM3", "storedTonnageT",
            "designTonnageT", "impoundmentAreaHa", "damHeightM", "annualOreThroughputT", "throughputYears",
            "waterHazardClass", "managementStatus", "floodHazard", "seismicHazard", "damCondition", "populationAtRisk",
            "drinkingWaterAbstraction", "protectedAreaDownstream", "transboundarySetting", "distanceToSurfaceWaterKm");

    /** The fields asked of a facility that cannot be rated for want of any size information. */
    static final List<String> SIZE_FIELDS = List.of("storedVolumeM3", "designCapacityM3", "storedTonnageT",
            "impoundmentAreaHa", "damHeightM");

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private final MessageSource messages;

    private final Formats formats;

    AskableFields(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        for (String name : NAMES) {
            Class<?> type = BeanUtils.findPropertyType(name, FacilityInput.class);
            Kind kind = type.isEnum() ? Kind.CHOICE
                    : type == Boolean.class ? Kind.YES_NO : type == Integer.class ? Kind.WHOLE_NUMBER : Kind.NUMBER;
            List<String> options = new ArrayList<>();
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (constant != WaterHazardClass.UNKNOWN) {
                        options.add(((Enum<?>) constant).name());
                    }
                }
            }
            fields.put(name, new Field(name, kind, List.copyOf(options)));
        }
    }

    /** All askable fields, in display order. */
    List<Field> all() {
        return List.copyOf(fields.values());
    }

    Optional<Field> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Orders field names as {@link #all()} does. */
    List<String> ordered(java.util.Collection<String> names) {
        return fields.keySet().stream().filter(names::contains).toList();
    }

    /** The field's label in the language (with its unit, as on the facility form). */
    String label(String name, Locale locale) {
        return messages.getMessage("facility.field." + name, null, name, locale);
    }

    /** An option's label in the language (for a yes/no field: yes or no). */
    String optionLabel(String name, String option, Locale locale) {
        Field field = fields.get(name);
        if (field.kind() == Kind.YES_NO) {
            return messages.getMessage(Boolean.parseBoolean(option) ? "form.yes" : "form.no", null, locale);
        }
        Class<?> type = BeanUtils.findPropertyType(name, FacilityInput.class);
        return messages.getMessage("enum." + type.getSimpleName() + "." + option, null, option, locale);
    }

    /** The options of a choice or yes/no field in exchange form. */
    List<String> options(String name) {
        Field field = fields.get(name);
        return field.kind() == Kind.YES_NO ? List.of("true", "false") : field.options();
    }

    /** A stored value (exchange form) as people read it in the language (digit grouping, labels); "" for none. */
    String display(String name, String value, Locale locale) {
        if (value == null) {
            return "";
        }
        Field field = fields.get(name);
        return switch (field.kind()) {
            case CHOICE, YES_NO -> optionLabel(name, value, locale);
            case NUMBER, WHOLE_NUMBER -> formats.number(Double.valueOf(value), 6);
        };
    }

    /** The facility's current value of the field in exchange form, or null when it is not known. */
    String current(Facility facility, String name) {
        Object value = new BeanWrapperImpl(FacilityInput.of(facility)).getPropertyValue(name);
        if (value == null || value == WaterHazardClass.UNKNOWN) {
            return null;
        }
        return format(value);
    }

    /** A typed value in exchange form. */
    static String format(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    /** The exchange form as the field's type, for writing it into a facility. */
    Object typed(String name, String value) {
        Class<?> type = BeanUtils.findPropertyType(name, FacilityInput.class);
        return switch (fields.get(name).kind()) {
            case NUMBER -> Double.valueOf(value);
            case WHOLE_NUMBER -> Integer.valueOf(value);
            case YES_NO -> Boolean.valueOf(value);
            case CHOICE -> enumValue(type, value);
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class) type, value);
    }

    /**
     * Reads what a person typed or picked: the exchange form, or a number with a decimal comma and spaces between
     * digit groups, or an option's label in English, Russian or Kazakh (case does not matter), or yes/no in those
     * languages.
     *
     * @return the value in exchange form, or empty when the text is not a value of the field
     */
    Optional<String> parse(String name, String text) {
        Field field = fields.get(name);
        String value = text.strip();
        switch (field.kind()) {
            case NUMBER, WHOLE_NUMBER -> {
                String plain = value.replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
                try {
                    BigDecimal number = new BigDecimal(plain);
                    if (field.kind() == Kind.WHOLE_NUMBER) {
                        return Optional.of(String.valueOf(number.intValueExact()));
                    }
                    return Optional.of(format(number.doubleValue()));
                }
                catch (NumberFormatException | ArithmeticException ex) {
                    return Optional.empty();
                }
            }
            default -> {
                for (String option : options(name)) {
                    if (option.equalsIgnoreCase(value)) {
                        return Optional.of(option);
                    }
                    for (Locale language : Languages.SUPPORTED) {
                        if (optionLabel(name, option, language).equalsIgnoreCase(value)) {
                            return Optional.of(option);
                        }
                    }
                }
                return Optional.empty();
            }
        }
    }
}
