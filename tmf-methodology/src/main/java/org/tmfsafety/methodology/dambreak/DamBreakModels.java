package org.tmfsafety.methodology.dambreak;

import java.util.List;
import java.util.Optional;

/** The dam-break models the library offers; Rico 2008 is the default. */
public final class DamBreakModels {

    private static final List<DamBreakModel> ALL = List.of(new Rico2008(), new Csp2Refit2026());

    private DamBreakModels() {
    }

    /** Returns all models, the default first. */
    public static List<DamBreakModel> all() {
        return ALL;
    }

    /** Returns the default model (Rico 2008). */
    public static DamBreakModel defaultModel() {
        return ALL.get(0);
    }

    /** Finds a model by id. */
    public static Optional<DamBreakModel> find(String id) {
        return ALL.stream().filter(model -> model.id().equals(id)).findFirst();
    }

}
