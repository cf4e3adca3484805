package org.tmfsafety.methodology.accident;

import java.util.Locale;
import java.util.Optional;

/**
 * The failure mode of a tailings dam failure, in the classes of the CSP2 failure list (D. M. Chambers, after
 * ICOLD Bulletin 121): each constant carries its CSP2 code.
 */
public enum FailureCause {

    /** The pond overflowed the crest (flood, snowmelt, insufficient freeboard or spillway). */
    OVERTOPPING("OT"),

    /** Static slope failure of the embankment, including static liquefaction. */
    SLOPE_INSTABILITY("SI"),

    /** Seismic failure, including earthquake-induced liquefaction. */
    EARTHQUAKE("EQ"),

    /** Failure of the foundation beneath the dam. */
    FOUNDATION("FN"),

    /** Seepage and internal erosion (piping) through the dam or its foundation. */
    SEEPAGE("SE"),

    /** Failure of a structure: decant tower or culvert, outlet, pipeline. */
    STRUCTURAL("ST"),

    /** External erosion of the embankment. */
    EROSION("ER"),

    /** Collapse of underground workings beneath the facility. */
    MINE_SUBSIDENCE("MS"),

    /** Not known. */
    UNKNOWN("U");

    private final String csp2Code;

    FailureCause(String csp2Code) {
        this.csp2Code = csp2Code;
    }

    /** Returns the code used in the CSP2 list, e.g. {@code OT}. */
    public String csp2Code() {
        return csp2Code;
    }

    /**
     * Returns the cause of a CSP2 code, ignoring case, blanks and a trailing question mark ({@code "OT?"} is
     * overtopping); a blank code is {@link #UNKNOWN}; empty for any other text.
     */
    public static Optional<FailureCause> ofCsp2Code(String code) {
        String cleaned = code == null ? "" : code.strip().replaceAll("\\?$", "").toUpperCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        for (FailureCause cause : values()) {
            if (cause.csp2Code.equals(cleaned)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
