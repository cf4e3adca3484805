package org.tmfsafety.geo.river;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

import org.tmfsafety.geo.Segments;

/**
 * An immutable river network: reaches with a downstream reach each (or none at an outlet), length,
 * geometry in flow direction, optional name, Strahler order and mean discharge. Safe for concurrent use.
 *
 * <p>Reaches are addressed by their index ({@code 0 .. size()-1}, in the order they were added) and carry
 * the identifier of their source data ({@link #id(int)}). The network has no cycles: {@link Builder#build()}
 * breaks any it finds and reports them.
 */
public final class RiverNetwork {

    /** The downstream index of an outlet. */
    public static final int NONE = -1;

    /** Mean kilometres per degree on the IUGG mean sphere, for the local projection around a query point. */
    private static final double KM_PER_DEGREE = Math.toRadians(1) * 6371.0088;

    /** Search windows are widened by this factor so that the local projection cannot miss a reach. */
    private static final double WINDOW_MARGIN = 1.02;

    /** The first search radius of a snap, widened fourfold up to the snap distance. */
    private static final double FIRST_SEARCH_KM = 1;

    /** Candidates nearer than the best by less than this are ties, decided by order, discharge and id. */
    private static final double TIE_KM = 0.001;

    private final long[] ids;

    private final int[] downstream;

    private final double[] lengthKm;

    private final int[] firstVertex;

    private final float[] coordinates;

    private final byte[] strahler;

    private final float[] discharge;

    private final String[] names;

    private final long[] sortedIds;

    private final int[] indexOfSortedId;

    private final SegmentGrid grid;

    private RiverNetwork(Builder builder, int[] downstream) {
        int n = builder.size;
        this.ids = Arrays.copyOf(builder.ids, n);
        this.downstream = downstream;
        this.lengthKm = Arrays.copyOf(builder.lengthKm, n);
        this.firstVertex = Arrays.copyOf(builder.firstVertex, n + 1);
        this.coordinates = Arrays.copyOf(builder.coordinates, builder.firstVertex[n] * 2);
        this.strahler = Arrays.copyOf(builder.strahler, n);
        this.discharge = Arrays.copyOf(builder.discharge, n);
        this.names = builder.names == null ? null : Arrays.copyOf(builder.names, n);
        this.sortedIds = builder.sortedIds;
        this.indexOfSortedId = builder.indexOfSortedId;
        this.grid = new SegmentGrid(firstVertex, coordinates);
    }

    /** A builder for a network of about the given number of reaches (it grows as needed). */
    public static Builder builder(int expectedReaches) {
        return new Builder(expectedReaches);
    }

    /** The number of reaches. */
    public int size() {
        return ids.length;
    }

    /** The identifier of a reach in its source data. */
    public long id(int reach) {
        return ids[reach];
    }

    /** The index of the reach with this identifier. */
    public OptionalInt indexOf(long id) {
        int position = Arrays.binarySearch(sortedIds, id);
        return position < 0 ? OptionalInt.empty() : OptionalInt.of(indexOfSortedId[position]);
    }

    /** The index of the downstream reach, or {@link #NONE} at an outlet. */
    public int downstream(int reach) {
        return downstream[reach];
    }

    /** The length of the reach in kilometres (as given by the source, else geodesic along its geometry). */
    public double lengthKm(int reach) {
        return lengthKm[reach];
    }

    /** The Strahler order, or 0 when unknown. */
    public int strahlerOrder(int reach) {
        return strahler[reach];
    }

    /** The mean discharge in m³/s, or NaN when unknown. */
    public double dischargeCubicMetresPerSecond(int reach) {
        return discharge[reach];
    }

    /** The river's name, or {@code null}. */
    public String name(int reach) {
        return names == null ? null : names[reach];
    }

    /** The number of vertices of the reach (at least two). */
    public int vertexCount(int reach) {
        return firstVertex[reach + 1] - firstVertex[reach];
    }

    /** The longitude of a vertex of the reach, vertices numbered in flow direction from 0. */
    public double longitude(int reach, int vertex) {
        return coordinates[2 * (firstVertex[reach] + vertex)];
    }

    /** The latitude of a vertex of the reach, vertices numbered in flow direction from 0. */
    public double latitude(int reach, int vertex) {
        return coordinates[2 * (firstVertex[reach] + vertex) + 1];
    }

    /**
     * The reach nearest to the point within maxKm, with the nearest point on it; empty when no reach is that
     * close. Of reaches equally near (within 1 m) the one of higher Strahler order wins, then the one of higher
     * discharge, then the lower identifier, so that the answer never depends on the order of the data.
     */
    public Optional<RiverSnap> snap(double latitude, double longitude, double maxKm) {
        if (!(maxKm > 0) || ids.length == 0) {
            return Optional.empty();
        }
        double cos = Math.cos(Math.toRadians(latitude));
        Candidate best = new Candidate();
        for (double radius = Math.min(FIRST_SEARCH_KM, maxKm); ; radius = Math.min(maxKm, radius * 4)) {
            double limit = radius * WINDOW_MARGIN;
            double dLat = limit / KM_PER_DEGREE;
            double farthest = Math.min(89.9, Math.abs(latitude) + dLat);
            double dLon = limit / (KM_PER_DEGREE * Math.cos(Math.toRadians(farthest)));
            grid.forEachSegment(longitude - dLon, latitude - dLat, longitude + dLon, latitude + dLat, vertex -> {
                double ax = (coordinates[2 * vertex] - longitude) * cos * KM_PER_DEGREE;
                double ay = (coordinates[2 * vertex + 1] - latitude) * KM_PER_DEGREE;
                double bx = (coordinates[2 * vertex + 2] - longitude) * cos * KM_PER_DEGREE;
                double by = (coordinates[2 * vertex + 3] - latitude) * KM_PER_DEGREE;
                double t = Segments.nearestToOrigin(ax, ay, bx, by);
                double distance = Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
                if (distance <= limit && (best.reach < 0 || distance <= best.distance + TIE_KM)) {
                    best.offer(this, reachOfVertex(vertex), vertex, t, distance);
                }
            });
            if ((best.reach >= 0 && best.distance + TIE_KM <= radius) || radius >= maxKm) {
                break;
            }
        }
        if (best.reach < 0) {
            return Optional.empty();
        }
        int segment = best.vertex - firstVertex[best.reach];
        double lon = longitude(best.reach, segment)
                + best.t * (longitude(best.reach, segment + 1) - longitude(best.reach, segment));
        double lat = latitude(best.reach, segment)
                + best.t * (latitude(best.reach, segment + 1) - latitude(best.reach, segment));
        double distance = geodesicKm(latitude, longitude, lat, lon);
        if (distance > maxKm) {
            return Optional.empty();
        }
        double toEnd = lengthKm[best.reach] * fractionAfter(best.reach, segment, best.t);
        return Optional.of(new RiverSnap(best.reach, ids[best.reach], distance, lat, lon, segment, toEnd));
    }

    /**
     * The reaches from the snapped reach down to the outlet, and the length along the river from the snap point
     * to the outlet.
     */
    public DownstreamPath trace(RiverSnap start) {
        int[] path = new int[16];
        int count = 0;
        double length = start.kmToReachEnd();
        for (int reach = start.reach(); reach != NONE; reach = downstream[reach]) {
            if (count == path.length) {
                path = Arrays.copyOf(path, count * 2);
            }
            path[count++] = reach;
            if (reach != start.reach()) {
                length += lengthKm[reach];
            }
        }
        return new DownstreamPath(start, Arrays.copyOf(path, count), length);
    }

    /**
     * The share of the reach's length downstream of a point on one of its segments, from segment lengths in an
     * equirectangular projection at each segment's mean latitude (a ratio, so the projection's error of well
     * under 0.1 % on segments of a few kilometres cancels out almost entirely).
     */
    private double fractionAfter(int reach, int segment, double t) {
        double before = 0;
        double after = 0;
        for (int v = 0; v + 1 < vertexCount(reach); v++) {
            double cos = Math.cos(Math.toRadians((latitude(reach, v) + latitude(reach, v + 1)) / 2));
            double length = Math.hypot((longitude(reach, v + 1) - longitude(reach, v)) * cos,
                    latitude(reach, v + 1) - latitude(reach, v));
            if (v < segment) {
                before += length;
            }
            else if (v > segment) {
                after += length;
            }
            else {
                before += t * length;
                after += (1 - t) * length;
            }
        }
        return before + after > 0 ? after / (before + after) : 0;
    }

    /** The geodesic distance in kilometres on WGS84. */
    static double geodesicKm(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }

    private int reachOfVertex(int vertex) {
        int position = Arrays.binarySearch(firstVertex, vertex);
        if (position >= 0) {
            while (position + 1 < firstVertex.length && firstVertex[position + 1] == vertex) {
                position++;
            }
            return position;
        }
        return -position - 2;
    }

    private boolean preferred(int reach, double distance, int other, double otherDistance) {
        if (distance < otherDistance - TIE_KM) {
            return true;
        }
        if (distance > otherDistance + TIE_KM) {
            return false;
        }
        if (strahler[reach] != strahler[other]) {
            return strahler[reach] > strahler[other];
        }
        float q = Float.isNaN(discharge[reach]) ? -1 : discharge[reach];
        float otherQ = Float.isNaN(discharge[other]) ? -1 : discharge[other];
        if (q != otherQ) {
            return q > otherQ;
        }
        return ids[reach] < ids[other] || (ids[reach] == ids[other] && distance < otherDistance);
    }

    /** The nearest segment seen so far during a snap. */
    private static final class Candidate {

        int reach = -1;

        int vertex;

        double t;

        double distance;

        void offer(RiverNetwork network, int candidateReach, int candidateVertex, double candidateT,
                double candidateDistance) {
            if (reach < 0 || network.preferred(candidateReach, candidateDistance, reach, distance)) {
                reach = candidateReach;
                vertex = candidateVertex;
                t = candidateT;
                distance = candidateDistance;
            }
        }
    }

    /**
     * Collects reaches and builds the network: resolves downstream identifiers, breaks cycles, computes missing
     * lengths and (when no reach has one) Strahler orders, and reports what it found.
     */
    public static final class Builder {

        private int size;

        private long[] ids;

        private long[] downstreamIds;

        private double[] lengthKm;

        private byte[] strahler;

        private float[] discharge;

        private String[] names;

        private int[] firstVertex;

        private float[] coordinates;

        private long[] sortedIds;

        private int[] indexOfSortedId;

        private final NetworkReport report = new NetworkReport();

        private boolean built;

        private Builder(int expectedReaches) {
            int capacity = Math.max(16, expectedReaches);
            ids = new long[capacity];
            downstreamIds = new long[capacity];
            lengthKm = new double[capacity];
            strahler = new byte[capacity];
            discharge = new float[capacity];
            firstVertex = new int[capacity + 1];
            coordinates = new float[capacity * 24];
        }

        /** The number of reaches added so far. */
        public int size() {
            return size;
        }

        /**
         * Adds a reach.
         *
         * @param id its identifier, unique in the network
         * @param downstreamId the identifier of its downstream reach; 0 or negative at an outlet
         * @param lengthKm its length in kilometres, or NaN to measure it along the geometry
         * @param lonLat the geometry in flow direction as longitude, latitude pairs (at least two points)
         * @param name the river's name, or {@code null}
         * @param strahlerOrder the Strahler order, 0 when unknown
         * @param dischargeCms the mean discharge in m³/s, NaN when unknown
         * @throws RiverNetworkException when a value is out of range, naming the reach
         */
        public Builder add(long id, long downstreamId, double lengthKm, double[] lonLat, String name,
                int strahlerOrder, double dischargeCms) {
            if (built) {
                throw new IllegalStateException("the network was already built");
            }
            Points.check(lonLat, RiverNetworkException.Where.REACH, id);
            if (!Double.isNaN(lengthKm) && !(lengthKm >= 0 && lengthKm < 1e5)) {
                throw outOfRange(id, "LENGTH_KM", lengthKm);
            }
            if (strahlerOrder < 0 || strahlerOrder > 127) {
                throw outOfRange(id, "ORD_STRA", strahlerOrder);
            }
            if (!Double.isNaN(dischargeCms) && !(dischargeCms >= 0)) {
                throw outOfRange(id, "DIS_AV_CMS", dischargeCms);
            }
            ensureCapacity(lonLat.length);
            int first = firstVertex[size];
            for (int i = 0; i < lonLat.length; i++) {
                coordinates[2 * first + i] = (float) lonLat[i];
            }
            firstVertex[size + 1] = first + lonLat.length / 2;
            ids[size] = id;
            downstreamIds[size] = downstreamId;
            this.lengthKm[size] = lengthKm;
            strahler[size] = (byte) strahlerOrder;
            discharge[size] = (float) dischargeCms;
            if (name != null && !name.isBlank()) {
                if (names == null) {
                    names = new String[ids.length];
                }
                names[size] = name.strip();
            }
            size++;
            return this;
        }

        private static RiverNetworkException outOfRange(long id, String field, double value) {
            return new RiverNetworkException(RiverNetworkException.Problem.OUT_OF_RANGE, RiverNetworkException.Where.REACH,
                    id, field, Double.toString(value));
        }

        private void ensureCapacity(int values) {
            if (size == ids.length) {
                int capacity = ids.length + (ids.length >> 1);
                ids = Arrays.copyOf(ids, capacity);
                downstreamIds = Arrays.copyOf(downstreamIds, capacity);
                lengthKm = Arrays.copyOf(lengthKm, capacity);
                strahler = Arrays.copyOf(strahler, capacity);
                discharge = Arrays.copyOf(discharge, capacity);
                firstVertex = Arrays.copyOf(firstVertex, capacity + 1);
                if (names != null) {
                    names = Arrays.copyOf(names, capacity);
                }
            }
            int needed = 2 * firstVertex[size] + values;
            if (needed > coordinates.length) {
                coordinates = Arrays.copyOf(coordinates, Math.max(needed, coordinates.length + (coordinates.length >> 1)));
            }
        }

        /** The findings so far (complete once {@link #build()} has returned). */
        public NetworkReport report() {
            return report;
        }

        /**
         * Builds the network.
         *
         * @throws RiverNetworkException when two reaches share an identifier or the builder is empty
         */
        public RiverNetwork build() {
            if (built) {
                throw new IllegalStateException("the network was already built");
            }
            built = true;
            sortedIds = Arrays.copyOf(ids, size);
            Arrays.sort(sortedIds);
            for (int i = 1; i < size; i++) {
                if (sortedIds[i] == sortedIds[i - 1]) {
                    throw new RiverNetworkException(RiverNetworkException.Problem.DUPLICATE_ID,
                            RiverNetworkException.Where.REACH, sortedIds[i], "HYRIV_ID", null);
                }
            }
            indexOfSortedId = new int[size];
            for (int i = 0; i < size; i++) {
                indexOfSortedId[Arrays.binarySearch(sortedIds, ids[i])] = i;
            }
            int[] downstream = new int[size];
            for (int i = 0; i < size; i++) {
                long next = downstreamIds[i];
                int position = next > 0 ? Arrays.binarySearch(sortedIds, next) : -1;
                downstream[i] = position < 0 ? NONE : indexOfSortedId[position];
                if (next > 0 && position < 0) {
                    report.add(NetworkIssue.Type.UNKNOWN_DOWNSTREAM, List.of(ids[i]), Long.toString(next));
                }
            }
            downstreamIds = null;
            breakCycles(downstream);
            measureMissingLengths();
            computeStrahlerIfAbsent(downstream);
            int outlets = 0;
            for (int d : downstream) {
                if (d == NONE) {
                    outlets++;
                }
            }
            report.totals(size, outlets);
            return new RiverNetwork(this, downstream);
        }

        private void breakCycles(int[] downstream) {
            int[] walk = new int[size];
            Arrays.fill(walk, -1);
            int done = Integer.MAX_VALUE;
            for (int start = 0; start < size; start++) {
                int reach = start;
                while (reach != NONE && walk[reach] == -1) {
                    walk[reach] = start;
                    reach = downstream[reach];
                }
                if (reach != NONE && walk[reach] == start) {
                    List<Long> cycle = new ArrayList<>();
                    int last = reach;
                    int r = reach;
                    do {
                        cycle.add(ids[r]);
                        last = r;
                        r = downstream[r];
                    } while (r != reach);
                    downstream[last] = NONE;
                    report.add(NetworkIssue.Type.CYCLE, cycle, "");
                }
                for (int r = start; r != NONE && walk[r] == start; r = downstream[r]) {
                    walk[r] = done;
                }
            }
        }

        private void measureMissingLengths() {
            for (int i = 0; i < size; i++) {
                if (Double.isNaN(lengthKm[i])) {
                    double sum = 0;
                    for (int v = firstVertex[i]; v + 1 < firstVertex[i + 1]; v++) {
                        sum += geodesicKm(coordinates[2 * v + 1], coordinates[2 * v], coordinates[2 * v + 3],
                                coordinates[2 * v + 2]);
                    }
                    lengthKm[i] = sum;
                }
            }
        }

        /** Strahler orders from the topology, in one upstream-to-downstream sweep, when the source gave none. */
        private void computeStrahlerIfAbsent(int[] downstream) {
            for (int i = 0; i < size; i++) {
                if (strahler[i] != 0) {
                    return;
                }
            }
            int[] upstreamCount = new int[size];
            for (int d : downstream) {
                if (d != NONE) {
                    upstreamCount[d]++;
                }
            }
            int[] highest = new int[size];
            int[] highestCount = new int[size];
            int[] queue = new int[size];
            int tail = 0;
            for (int i = 0; i < size; i++) {
                if (upstreamCount[i] == 0) {
                    queue[tail++] = i;
                }
            }
            for (int head = 0; head < tail; head++) {
                int reach = queue[head];
                int order = highest[reach] == 0 ? 1 : highest[reach] + (highestCount[reach] > 1 ? 1 : 0);
                strahler[reach] = (byte) Math.min(127, order);
                int d = downstream[reach];
                if (d != NONE) {
                    if (order > highest[d]) {
                        highest[d] = order;
                        highestCount[d] = 1;
                    }
                    else if (order == highest[d]) {
                        highestCount[d]++;
                    }
                    if (--upstreamCount[d] == 0) {
                        queue[tail++] = d;
                    }
                }
            }
        }
    }
}
