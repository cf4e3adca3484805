package org.tmfsafety.methodology.annex1;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmfsafety.methodology.json.Json;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.methodology.profile.Provenance;

/**
 * A version of the Annex I thresholds: Part I categories and Part II named substances, each threshold in
 * tonnes with its provenance.
 *
 * @param id the list's id and version, stored with every screening
 * @param title its title
 * @param categories Part I categories by code
 * @param substances Part II substances by code
 * @param aggregation where the summation rule comes from
 */
public record Annex1List(ProfileId id, String title, Map<String, Entry> categories, Map<String, Entry> substances,
        Provenance aggregation) {

    /** The list shipped with the library. */
    public static final String BUILT_IN = "/org/tmfsafety/methodology/annex1/ia-convention-annex1-v1.json";

    /**
     * A threshold.
     *
     * @param code its code
     * @param name its name in the Annex
     * @param thresholdTonnes the threshold Q in tonnes
     * @param provenance where the value comes from
     */
    public record Entry(String code, String name, double thresholdTonnes, Provenance provenance) {
    }

    /** Reads the list shipped with the library. */
    public static Annex1List builtIn() {
        try (InputStream in = Annex1List.class.getResourceAsStream(BUILT_IN)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUILT_IN, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Annex1List parse(String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        String source = (String) root.get("source");
        return new Annex1List(new ProfileId((String) root.get("id"), ((BigDecimal) root.get("version")).intValueExact()),
                (String) root.get("title"), entries((List<Object>) root.get("categories"), source),
                entries((List<Object>) root.get("substances"), source),
                new Provenance(null, (String) root.get("aggregationProvisional")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entry> entries(List<Object> nodes, String source) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Object node : nodes) {
            Map<String, Object> entry = (Map<String, Object>) node;
            String provisional = (String) entry.get("provisional");
            double threshold = ((BigDecimal) entry.get("thresholdTonnes")).doubleValue();
            if (!(threshold > 0) || entries.containsKey((String) entry.get("code"))) {
                throw new IllegalArgumentException("invalid Annex I entry " + entry.get("code"));
            }
            entries.put((String) entry.get("code"), new Entry((String) entry.get("code"), (String) entry.get("name"),
                    threshold, provisional == null ? new Provenance(source, null) : new Provenance(null, provisional)));
        }
        return Map.copyOf(entries);
    }

}
