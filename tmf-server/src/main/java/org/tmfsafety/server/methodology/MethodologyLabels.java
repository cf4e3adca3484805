package org.tmfsafety.server.methodology;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.index.Term;

/** Helps templates label derivation trails; used as {@code @methodologyLabels}. */
@Component("methodologyLabels")
public class MethodologyLabels {

    private static final Map<String, String> ENUM_TYPES = Map.of("waterHazardClass", "WaterHazardClass",
            "managementStatus", "ManagementStatus", "floodHazard", "FloodHazard", "seismicHazard", "SeismicHazard",
            "damCondition", "DamCondition", "transboundarySetting", "TransboundarySetting");

    /** Returns the message keys that name the methods of an estimated input, in the order they were combined. */
    public List<String> estimateMethodKeys(Term term) {
        return term.basisDetail() == null ? List.of()
                : Arrays.stream(term.basisDetail().split("\\+")).map(method -> "rating.estimate." + method).toList();
    }

    /**
     * Returns the message key that labels a term's input value (an enumeration constant, or yes/no), or ""
     * when the value is a number.
     */
    public String valueKey(Term term) {
        String value = term.treatedAs() != null ? term.treatedAs() : term.value();
        if ("true".equals(value) || "false".equals(value)) {
            return "true".equals(value) ? "form.yes" : "form.no";
        }
        String type = ENUM_TYPES.get(term.input());
        return type == null || value == null ? "" : "enum." + type + "." + value;
    }

}
