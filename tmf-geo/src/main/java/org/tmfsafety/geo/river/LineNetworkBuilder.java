package org.tmfsafety.geo.river;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.tmfsafety.geo.Segments;

/**
 * Builds a river network from plain lines (e.g. GeoJSON LineStrings with an optional name) that carry no
 * topology.
 *
 * <ol>
 * <li>Where a line ends within the tolerance of another line's interior, that line is split there (a
 * confluence); line ends within the tolerance of each other become one node.</li>
 * <li>Flow direction is the digitising direction, corrected per connected part: the part's outlet is the
 * line end that looks like a river mouth (see {@link #outletHint}) and, among those, needs the fewest lines
 * reversed to make every line of a spanning tree flow towards it; the
 * reversed lines are reported, and lines whose direction a different, equally good outlet would change are
 * reported as ambiguous.</li>
 * <li>Cycles in the digitised directions, nodes where several lines leave (bifurcations, braids) and parts
 * not connected to the largest one are reported; the resulting network has exactly one downstream reach per
 * reach and no cycles.</li>
 * </ol>
 * Reaches get identifiers 1, 2, … in the order of the pieces; the report names the input lines.
 */
public final class LineNetworkBuilder {

    private static final double KM_PER_DEGREE = Math.toRadians(1) * 6371.0088;

    /** At most this many line ids are listed in one finding about a disconnected part. */
    private static final int MAX_IDS_PER_FINDING = 20;

    private final double toleranceKm;

    private final List<double[]> lines = new ArrayList<>();

    private final List<Long> lineIds = new ArrayList<>();

    private final List<String> lineNames = new ArrayList<>();

    private final NetworkReport report = new NetworkReport();

    private OutletHint outletHint = (latitude, longitude) -> false;

    /** Says whether a line end looks like a river mouth (at a sea, lake or inland sea), to steer outlet choice. */
    @FunctionalInterface
    public interface OutletHint {

        boolean likelyOutlet(double latitude, double longitude);
    }

    /**
     * @param toleranceKm line ends closer than this to another line or line end are connected to it
     */
    public LineNetworkBuilder(double toleranceKm) {
        if (!(toleranceKm >= 0)) {
            throw new IllegalArgumentException("tolerance must be zero or positive");
        }
        this.toleranceKm = toleranceKm;
    }

    /**
     * Adds a line (one part of a multi-line may be added under the same id).
     *
     * @param lineId identifies the line in the report (e.g. the feature's number in its file)
     * @param name the river's name, or {@code null}
     * @param lonLat longitude, latitude pairs in digitising order, at least two distinct points
     */
    public LineNetworkBuilder add(long lineId, String name, double[] lonLat) {
        Points.check(lonLat, RiverNetworkException.Where.LINE, lineId);
        lines.add(lonLat.clone());
        lineIds.add(lineId);
        lineNames.add(name);
        return this;
    }

    /**
     * Sets the test for line ends that look like river mouths. In each connected part, such ends are preferred
     * as its outlet over all others, whatever the digitising directions say (a whole river digitised from its
     * mouth upwards would otherwise drain into its source); without a hint only the directions count.
     */
    public LineNetworkBuilder outletHint(OutletHint hint) {
        this.outletHint = hint;
        return this;
    }

    /** Adds a line given as a JTS LineString (x = longitude). */
    public LineNetworkBuilder add(long lineId, String name, LineString line) {
        return add(lineId, name, Points.lonLat(line));
    }

    /** The findings (complete once {@link #build()} has returned). */
    public NetworkReport report() {
        return report;
    }

    /** Builds the network. */
    public RiverNetwork build() {
        if (lines.isEmpty()) {
            throw new RiverNetworkException(RiverNetworkException.Problem.EMPTY, RiverNetworkException.Where.FILE, 0,
                    null, null);
        }
        List<Piece> pieces = splitAtConfluences();
        int[] nodeOfEnd = clusterEnds(pieces);
        int nodes = Arrays.stream(nodeOfEnd).max().orElse(-1) + 1;
        Graph graph = new Graph(nodes, pieces, nodeOfEnd);
        for (int end = 0; end < nodeOfEnd.length; end++) {
            graph.position[nodeOfEnd[end]] = endPoint(pieces, end);
        }
        reportDigitisedCycles(graph, pieces);
        boolean[] reversed = new boolean[pieces.size()];
        int[] downstreamPiece = new int[pieces.size()];
        orient(graph, pieces, reversed, downstreamPiece);
        RiverNetwork.Builder builder = RiverNetwork.builder(pieces.size());
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            double[] coordinates = reversed[p] ? reverse(piece.lonLat) : piece.lonLat;
            builder.add(p + 1L, downstreamPiece[p] + 1L, Double.NaN, coordinates, lineNames.get(piece.line), 0,
                    Double.NaN);
        }
        RiverNetwork network = builder.build();
        report.totals(network.size(), builder.report().outletCount());
        return network;
    }

    // --- 1. confluences -------------------------------------------------------------------------------------

    private record Piece(int line, double[] lonLat) {
    }

    private record Split(int segment, double t, double lon, double lat) {
    }

    private List<Piece> splitAtConfluences() {
        STRtree segments = new STRtree();
        for (int line = 0; line < lines.size(); line++) {
            double[] c = lines.get(line);
            for (int s = 0; s + 3 < c.length; s += 2) {
                segments.insert(new Envelope(c[s], c[s + 2], c[s + 1], c[s + 3]), new int[] { line, s / 2 });
            }
        }
        List<List<Split>> splits = new ArrayList<>();
        lines.forEach(line -> splits.add(new ArrayList<>()));
        for (int line = 0; line < lines.size(); line++) {
            double[] c = lines.get(line);
            for (int end = 0; end < 2; end++) {
                double lon = end == 0 ? c[0] : c[c.length - 2];
                double lat = end == 0 ? c[1] : c[c.length - 1];
                LineSplit split = nearestInterior(segments, line, lon, lat);
                if (split != null) {
                    splits.get(split.line).add(split.split);
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            cut(pieces, line, lines.get(line), splits.get(line));
        }
        return pieces;
    }

    private record LineSplit(int line, Split split) {
    }

    /** The nearest point of another line within the tolerance, unless it is (near) that line's own end. */
    @SuppressWarnings("unchecked")
    private LineSplit nearestInterior(STRtree segments, int ownLine, double lon, double lat) {
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat)));
        double dLat = toleranceKm * 1.02 / KM_PER_DEGREE;
        double dLon = dLat / cos;
        LineSplit best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int[] candidate : (List<int[]>) segments.query(new Envelope(lon - dLon, lon + dLon, lat - dLat,
                lat + dLat))) {
            if (candidate[0] == ownLine) {
                continue;
            }
            double[] c = lines.get(candidate[0]);
            int s = 2 * candidate[1];
            double ax = (c[s] - lon) * cos;
            double ay = c[s + 1] - lat;
            double bx = (c[s + 2] - lon) * cos;
            double by = c[s + 3] - lat;
            double t = Segments.nearestToOrigin(ax, ay, bx, by);
            double distance = Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)) * KM_PER_DEGREE;
            if (distance <= toleranceKm && distance < bestDistance) {
                bestDistance = distance;
                best = new LineSplit(candidate[0], new Split(candidate[1], t, c[s] + t * (c[s + 2] - c[s]),
                        c[s + 1] + t * (c[s + 3] - c[s + 1])));
            }
        }
        if (best == null) {
            return null;
        }
        double[] c = lines.get(best.line);
        if (localKm(best.split.lon, best.split.lat, c[0], c[1]) <= toleranceKm
                || localKm(best.split.lon, best.split.lat, c[c.length - 2], c[c.length - 1]) <= toleranceKm) {
            return null;
        }
        return best;
    }

    private void cut(List<Piece> pieces, int line, double[] c, List<Split> splits) {
        splits.sort((a, b) -> a.segment != b.segment ? Integer.compare(a.segment, b.segment)
                : Double.compare(a.t, b.t));
        List<Double> current = new ArrayList<>();
        current.add(c[0]);
        current.add(c[1]);
        int next = 0;
        for (int s = 0; s + 3 < c.length; s += 2) {
            while (next < splits.size() && splits.get(next).segment == s / 2) {
                Split split = splits.get(next++);
                addPoint(current, split.lon, split.lat);
                if (current.size() >= 4) {
                    pieces.add(new Piece(line, toArray(current)));
                    current = new ArrayList<>();
                    current.add(split.lon);
                    current.add(split.lat);
                }
            }
            addPoint(current, c[s + 2], c[s + 3]);
        }
        if (current.size() >= 4) {
            pieces.add(new Piece(line, toArray(current)));
        }
    }

    private static void addPoint(List<Double> points, double lon, double lat) {
        int n = points.size();
        if (points.get(n - 2) != lon || points.get(n - 1) != lat) {
            points.add(lon);
            points.add(lat);
        }
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    // --- 2. nodes ---------------------------------------------------------------------------------------------

    /** Node numbers of piece ends: index 2p is the start of piece p, 2p+1 its end. */
    private int[] clusterEnds(List<Piece> pieces) {
        int ends = pieces.size() * 2;
        STRtree tree = new STRtree();
        for (int e = 0; e < ends; e++) {
            double[] point = endPoint(pieces, e);
            tree.insert(new Envelope(point[0], point[0], point[1], point[1]), e);
        }
        int[] parent = new int[ends];
        for (int e = 0; e < ends; e++) {
            parent[e] = e;
        }
        for (int e = 0; e < ends; e++) {
            double[] point = endPoint(pieces, e);
            double cos = Math.max(0.01, Math.cos(Math.toRadians(point[1])));
            double dLat = toleranceKm * 1.02 / KM_PER_DEGREE + 1e-9;
            double dLon = dLat / cos;
            for (Object other : tree.query(new Envelope(point[0] - dLon, point[0] + dLon, point[1] - dLat,
                    point[1] + dLat))) {
                int o = (Integer) other;
                double[] q = endPoint(pieces, o);
                if (o != e && localKm(point[0], point[1], q[0], q[1]) <= toleranceKm) {
                    union(parent, e, o);
                }
            }
        }
        int[] node = new int[ends];
        int[] numberOfRoot = new int[ends];
        Arrays.fill(numberOfRoot, -1);
        int count = 0;
        for (int e = 0; e < ends; e++) {
            int root = find(parent, e);
            if (numberOfRoot[root] < 0) {
                numberOfRoot[root] = count++;
            }
            node[e] = numberOfRoot[root];
        }
        return node;
    }

    private static double[] endPoint(List<Piece> pieces, int end) {
        double[] c = pieces.get(end / 2).lonLat;
        return end % 2 == 0 ? new double[] { c[0], c[1] } : new double[] { c[c.length - 2], c[c.length - 1] };
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static double localKm(double lon1, double lat1, double lon2, double lat2) {
        double cos = Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot((lon2 - lon1) * cos, lat2 - lat1) * KM_PER_DEGREE;
    }

    // --- 3. directions ----------------------------------------------------------------------------------------

    /** Nodes and pieces; piece p runs (as digitised) from node from[p] to node to[p]. */
    private static final class Graph {

        final int nodes;

        final int[] from;

        final int[] to;

        final int[][] incident;

        /** Longitude, latitude of each node (of one of the line ends joined there). */
        final double[][] position;

        Graph(int nodes, List<Piece> pieces, int[] nodeOfEnd) {
            this.nodes = nodes;
            from = new int[pieces.size()];
            to = new int[pieces.size()];
            int[] degree = new int[nodes];
            for (int p = 0; p < pieces.size(); p++) {
                from[p] = nodeOfEnd[2 * p];
                to[p] = nodeOfEnd[2 * p + 1];
                degree[from[p]]++;
                degree[to[p]]++;
            }
            position = new double[nodes][];
            incident = new int[nodes][];
            for (int n = 0; n < nodes; n++) {
                incident[n] = new int[degree[n]];
            }
            int[] fill = new int[nodes];
            for (int p = 0; p < pieces.size(); p++) {
                incident[from[p]][fill[from[p]]++] = p;
                incident[to[p]][fill[to[p]]++] = p;
            }
        }

        int other(int piece, int node) {
            return from[piece] == node ? to[piece] : from[piece];
        }
    }

    /** Reports each cycle in the digitised directions (an iterative depth-first search for back edges). */
    private void reportDigitisedCycles(Graph graph, List<Piece> pieces) {
        byte[] state = new byte[graph.nodes];
        int[] viaPiece = new int[graph.nodes];
        int[] stackNode = new int[graph.nodes];
        int[] stackNext = new int[graph.nodes];
        for (int root = 0; root < graph.nodes; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stackNode[0] = root;
            stackNext[0] = 0;
            state[root] = 1;
            viaPiece[root] = -1;
            while (depth >= 0) {
                int node = stackNode[depth];
                if (stackNext[depth] == graph.incident[node].length) {
                    state[node] = 2;
                    depth--;
                    continue;
                }
                int piece = graph.incident[node][stackNext[depth]++];
                if (graph.from[piece] != node) {
                    continue;
                }
                int target = graph.to[piece];
                if (state[target] == 0) {
                    state[target] = 1;
                    viaPiece[target] = piece;
                    depth++;
                    stackNode[depth] = target;
                    stackNext[depth] = 0;
                }
                else if (state[target] == 1) {
                    Set<Long> cycle = new LinkedHashSet<>();
                    for (int n = node; n != target; n = graph.from[viaPiece[n]]) {
                        cycle.add(lineIds.get(pieces.get(viaPiece[n]).line));
                    }
                    cycle.add(lineIds.get(pieces.get(piece).line));
                    List<Long> inFlowOrder = new ArrayList<>(cycle);
                    Collections.reverse(inFlowOrder);
                    report.add(NetworkIssue.Type.CYCLE, inFlowOrder, "");
                }
            }
        }
    }

    /**
     * Chooses each connected part's outlet and orients its pieces: tree pieces towards the outlet, other pieces
     * as digitised; every piece's downstream piece is the tree piece leaving its lower node.
     */
    private void orient(Graph graph, List<Piece> pieces, boolean[] reversed, int[] downstreamPiece) {
        int[] visited = new int[graph.nodes];
        int stamp = 0;
        int[] parentPiece = new int[graph.nodes];
        int[] order = new int[graph.nodes];
        int[] cost = new int[graph.nodes];
        List<int[]> parts = new ArrayList<>();
        for (int start = 0; start < graph.nodes; start++) {
            if (visited[start] != 0) {
                continue;
            }
            int size = spanningTree(graph, start, visited, ++stamp, parentPiece, order);
            parts.add(Arrays.copyOf(order, size));
        }
        int largest = 0;
        for (int c = 1; c < parts.size(); c++) {
            if (parts.get(c).length > parts.get(largest).length) {
                largest = c;
            }
        }
        for (int c = 0; c < parts.size(); c++) {
            int[] nodes = parts.get(c);
            int outlet = chooseOutlet(graph, pieces, nodes, parentPiece, cost);
            spanningTree(graph, outlet, visited, ++stamp, parentPiece, order);
            Set<Long> reversedLines = new LinkedHashSet<>();
            Set<Long> partLines = new LinkedHashSet<>();
            for (int node : nodes) {
                for (int piece : graph.incident[node]) {
                    partLines.add(lineIds.get(pieces.get(piece).line));
                }
                int piece = parentPiece[node];
                if (piece >= 0) {
                    boolean flowsToParent = graph.from[piece] == node;
                    reversed[piece] = !flowsToParent;
                    if (reversed[piece]) {
                        reversedLines.add(lineIds.get(pieces.get(piece).line));
                    }
                }
            }
            for (long line : reversedLines) {
                report.add(NetworkIssue.Type.REVERSED, List.of(line), "");
            }
            if (c != largest) {
                report.add(NetworkIssue.Type.DISCONNECTED,
                        partLines.stream().limit(MAX_IDS_PER_FINDING).toList(), Integer.toString(partLines.size()));
            }
        }
        for (int p = 0; p < pieces.size(); p++) {
            boolean tree = parentPiece[graph.from[p]] == p || parentPiece[graph.to[p]] == p;
            int lower = tree ? (reversed[p] ? graph.from[p] : graph.to[p]) : graph.to[p];
            downstreamPiece[p] = parentPiece[lower];
            int leaving = 0;
            for (int other : graph.incident[lower]) {
                boolean otherTree = parentPiece[graph.from[other]] == other || parentPiece[graph.to[other]] == other;
                int otherUpper = otherTree ? (parentPiece[graph.from[other]] == other ? graph.from[other]
                        : graph.to[other]) : graph.from[other];
                if (other != p && otherUpper == lower) {
                    leaving++;
                }
            }
            if (leaving > 1) {
                report.add(NetworkIssue.Type.SEVERAL_DOWNSTREAM, List.of(lineIds.get(pieces.get(p).line)),
                        Integer.toString(leaving));
            }
        }
    }

    /**
     * A breadth-first spanning tree from root over its connected part; marks the nodes it reaches with the stamp
     * (a number not used before), fills parentPiece (-1 at the root) and order, and returns the number of nodes.
     */
    private static int spanningTree(Graph graph, int root, int[] visited, int stamp, int[] parentPiece, int[] order) {
        visited[root] = stamp;
        parentPiece[root] = -1;
        int tail = 0;
        order[tail++] = root;
        for (int head = 0; head < tail; head++) {
            int node = order[head];
            for (int piece : graph.incident[node]) {
                int next = graph.other(piece, node);
                if (visited[next] != stamp) {
                    visited[next] = stamp;
                    parentPiece[next] = piece;
                    order[tail++] = next;
                }
            }
        }
        return tail;
    }

    /**
     * The line end (a node where only one piece meets, or any node of a part without one) that as outlet needs
     * the fewest tree pieces reversed, computed for all candidates at once by re-rooting the tree; ties are
     * reported as ambiguous and decided for the candidate where a line ends as digitised, then the lowest node.
     */
    private int chooseOutlet(Graph graph, List<Piece> pieces, int[] nodes, int[] parentPiece, int[] cost) {
        int root = nodes[0];
        int reversals = 0;
        for (int node : nodes) {
            int piece = parentPiece[node];
            if (piece >= 0 && graph.from[piece] != node) {
                reversals++;
            }
        }
        cost[root] = reversals;
        for (int node : nodes) {
            int piece = parentPiece[node];
            if (piece >= 0) {
                int parent = graph.other(piece, node);
                cost[node] = cost[parent] + (graph.from[piece] == node ? 1 : -1);
            }
        }
        boolean partHasLineEnd = hasLineEnd(graph, nodes);
        Map<Integer, Boolean> hinted = new HashMap<>();
        Predicate<Integer> mouth = node -> hinted.computeIfAbsent(node,
                n -> outletHint.likelyOutlet(graph.position[n][1], graph.position[n][0]));
        int best = -1;
        int second = -1;
        for (int node : nodes) {
            if (partHasLineEnd && graph.incident[node].length != 1) {
                continue;
            }
            if (best < 0 || better(graph, node, best, cost, mouth)) {
                second = best;
                best = node;
            }
            else if (second < 0 || better(graph, node, second, cost, mouth)) {
                second = node;
            }
        }
        if (second >= 0 && cost[second] == cost[best] && mouth.test(second) == mouth.test(best)) {
            Set<Long> ambiguous = new LinkedHashSet<>();
            for (int piece : treePath(graph, best, second, parentPiece)) {
                ambiguous.add(lineIds.get(pieces.get(piece).line));
            }
            for (long line : ambiguous) {
                report.add(NetworkIssue.Type.AMBIGUOUS_DIRECTION, List.of(line), "");
            }
        }
        return best;
    }

    private static boolean hasLineEnd(Graph graph, int[] nodes) {
        for (int node : nodes) {
            if (graph.incident[node].length == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean better(Graph graph, int node, int than, int[] cost, Predicate<Integer> mouth) {
        boolean nodeIsMouth = mouth.test(node);
        if (nodeIsMouth != mouth.test(than)) {
            return nodeIsMouth;
        }
        if (cost[node] != cost[than]) {
            return cost[node] < cost[than];
        }
        boolean nodeIsEnd = endsHere(graph, node);
        boolean thanIsEnd = endsHere(graph, than);
        if (nodeIsEnd != thanIsEnd) {
            return nodeIsEnd;
        }
        return node < than;
    }

    private static boolean endsHere(Graph graph, int node) {
        for (int piece : graph.incident[node]) {
            if (graph.to[piece] == node) {
                return true;
            }
        }
        return false;
    }

    /** The tree pieces between two nodes (through their lowest common ancestor). */
    private static List<Integer> treePath(Graph graph, int a, int b, int[] parentPiece) {
        List<Integer> upFromA = new ArrayList<>();
        List<Integer> nodesFromA = new ArrayList<>();
        for (int n = a; ; n = graph.other(parentPiece[n], n)) {
            nodesFromA.add(n);
            if (parentPiece[n] < 0) {
                break;
            }
            upFromA.add(parentPiece[n]);
        }
        List<Integer> path = new ArrayList<>();
        int n = b;
        while (!nodesFromA.contains(n)) {
            path.add(parentPiece[n]);
            n = graph.other(parentPiece[n], n);
        }
        path.addAll(upFromA.subList(0, nodesFromA.indexOf(n)));
        return path;
    }

    private static double[] reverse(double[] lonLat) {
        double[] reversed = new double[lonLat.length];
        for (int i = 0; i < lonLat.length; i += 2) {
            reversed[lonLat.length - 2 - i] = lonLat[i];
            reversed[lonLat.length - 1 - i] = lonLat[i + 1];
        }
        return reversed;
    }
}
