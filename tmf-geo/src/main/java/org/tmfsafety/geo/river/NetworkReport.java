package org.tmfsafety.geo.river;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What validation found while a network was built: counts per kind of finding and the first findings in
 * detail (bounded, so that a continental network with many findings does not exhaust memory).
 */
public final class NetworkReport {

    /** At most this many findings are kept in detail; all are counted. */
    public static final int MAX_DETAILED = 1_000;

    private final Map<NetworkIssue.Type, Integer> counts = new EnumMap<>(NetworkIssue.Type.class);

    private final List<NetworkIssue> issues = new ArrayList<>();

    private int reachCount;

    private int outletCount;

    void add(NetworkIssue.Type type, List<Long> reachIds, String detail) {
        counts.merge(type, 1, Integer::sum);
        if (issues.size() < MAX_DETAILED) {
            issues.add(new NetworkIssue(type, reachIds, detail));
        }
    }

    void totals(int reaches, int outlets) {
        this.reachCount = reaches;
        this.outletCount = outlets;
    }

    /** The number of reaches in the built network. */
    public int reachCount() {
        return reachCount;
    }

    /** The number of reaches without a downstream reach (river mouths, sinks, ends of disconnected parts). */
    public int outletCount() {
        return outletCount;
    }

    /** How many findings of the kind there were. */
    public int count(NetworkIssue.Type type) {
        return counts.getOrDefault(type, 0);
    }

    /** The first {@value #MAX_DETAILED} findings, most serious kinds first. */
    public List<NetworkIssue> issues() {
        List<NetworkIssue> sorted = new ArrayList<>(issues);
        sorted.sort((a, b) -> a.type().compareTo(b.type()));
        return Collections.unmodifiableList(sorted);
    }

    /** Whether findings were counted but not all kept in detail. */
    public boolean truncated() {
        return counts.values().stream().mapToInt(Integer::intValue).sum() > issues.size();
    }
}
