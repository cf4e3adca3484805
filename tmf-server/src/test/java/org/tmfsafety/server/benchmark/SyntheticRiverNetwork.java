package org.tmfsafety.server.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.tmfsafety.geo.river.RiverNetwork;

/**
 * A generated river network shaped like HydroRIVERS, for {@link RiverNetworkBenchmark}: same fields (HYRIV_ID from
 * 40,000,001 upward, NEXT_DOWN or 0 at an outlet, LENGTH_KM, ORD_STRA, DIS_AV_CMS), reaches of 10-20 vertices and
 * about 2-5 km, in a Central-Asia-sized region. The same count and seed always give the same network.
 *
 * <p>How it is made, like a flow-direction raster: the region (centred on 46°N 70°E, twice as wide as high in
 * degrees; 50-90°E by 36-56°N for a million reaches) is a grid of cells of {@value #CELL_LAT}° by
 * {@value #CELL_LON}° (about 2 km), cut into rectangular basins of varied size by random guillotine cuts. In each
 * basin the flow directions form a uniform random spanning tree rooted at one outlet cell on the basin's edge
 * (Wilson's algorithm: loop-erased random walks), a classic random model of river networks: dendritic and
 * space-filling, confluences mostly of two rivers (some of three), main stems that wander with fractal dimension
 * 5/4, so that paths to the outlet range from one reach to well over a thousand. A reach runs from a source or a
 * confluence down to the next confluence, split after every two cells as HydroRIVERS splits long reaches, through
 * the (jittered) cell points with a meander bend added on every cell-to-cell step. Lengths are measured on the
 * sphere along the stored geometry, Strahler orders come from the topology and discharge from the river length
 * upstream. A few more reaches than asked for are made and the surplus taken away as randomly chosen headwater
 * reaches, so that the count is exact. Identifiers run basin by basin from the outlet upstream (breadth first), so a
 * reach's downstream reach always comes before it.
 */
final class SyntheticRiverNetwork {

    /** The identifier of the first reach (HydroRIVERS identifiers of Asia start with 4). */
    static final long FIRST_ID = 40_000_001L;

    /** Cell height in degrees of latitude (2.1 km). */
    static final double CELL_LAT = 0.019;

    /** Cell width in degrees of longitude (2.2 km at 46°N). */
    static final double CELL_LON = 0.028;

    static final double CENTRE_LON = 70;

    static final double CENTRE_LAT = 46;

    /** Reaches per cell of the raster (0.69-0.70 measured with these rules), to size the region. */
    private static final double REACHES_PER_CELL = 0.69;

    /** Basins larger than this (about 650,000 km², a little more than the Amu Darya's) are always cut. */
    private static final int MAX_BASIN_CELLS = 150_000;

    /** Basins smaller than this are never cut. */
    private static final int MIN_CUT_CELLS = 1_500;

    /** The chance that a basin between the two sizes is cut. */
    private static final double CUT_CHANCE = 0.5;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final double KM_PER_DEGREE = Math.toRadians(1) * EARTH_RADIUS_KM;

    private static final int SEA = -1;

    private final long[] nextDown;

    private final double[] lengthKm;

    private final int[] firstVertex;

    private final float[] lonLat;

    private final byte[] strahler;

    private final float[] discharge;

    private final int basins;

    private SyntheticRiverNetwork(long[] nextDown, double[] lengthKm, int[] firstVertex, float[] lonLat,
            byte[] strahler, float[] discharge, int basins) {
        this.nextDown = nextDown;
        this.lengthKm = lengthKm;
        this.firstVertex = firstVertex;
        this.lonLat = lonLat;
        this.strahler = strahler;
        this.discharge = discharge;
        this.basins = basins;
    }

    /** Generates a network of exactly the given number of reaches (at least 1,000). */
    static SyntheticRiverNetwork generate(int reaches, long seed) {
        if (reaches < 1_000) {
            throw new IllegalArgumentException("at least 1,000 reaches: " + reaches);
        }
        double cells = reaches / REACHES_PER_CELL * 1.02;
        while (true) {
            Draft draft = draft(cells, new Random(seed));
            if (draft.size >= reaches) {
                return draft.finish(reaches, new Random(seed + 1));
            }
            cells *= 1.05;
        }
    }

    /** The number of reaches. */
    int size() {
        return nextDown.length;
    }

    /** The number of basins (outlets). */
    int basinCount() {
        return basins;
    }

    /** The reach's identifier: {@link #FIRST_ID} plus its index. */
    long id(int reach) {
        return FIRST_ID + reach;
    }

    /** The index of the reach with this identifier. */
    int indexOf(long id) {
        return Math.toIntExact(id - FIRST_ID);
    }

    /** The identifier of the downstream reach, 0 at an outlet. */
    long nextDown(int reach) {
        return nextDown[reach];
    }

    double lengthKm(int reach) {
        return lengthKm[reach];
    }

    int strahlerOrder(int reach) {
        return strahler[reach];
    }

    double dischargeCms(int reach) {
        return discharge[reach];
    }

    int vertexCount(int reach) {
        return firstVertex[reach + 1] - firstVertex[reach];
    }

    double longitude(int reach, int vertex) {
        return lonLat[2 * (firstVertex[reach] + vertex)];
    }

    double latitude(int reach, int vertex) {
        return lonLat[2 * (firstVertex[reach] + vertex) + 1];
    }

    /** The geometry in flow direction as longitude, latitude pairs, a new array (as a reader would make). */
    double[] lonLat(int reach) {
        int from = 2 * firstVertex[reach];
        double[] points = new double[2 * vertexCount(reach)];
        for (int i = 0; i < points.length; i++) {
            points[i] = lonLat[from + i];
        }
        return points;
    }

    /** Adds every reach to the builder, as an import of HydroRIVERS would. */
    RiverNetwork.Builder addTo(RiverNetwork.Builder builder) {
        for (int i = 0; i < size(); i++) {
            builder.add(id(i), nextDown[i], lengthKm[i], lonLat(i), null, strahler[i], discharge[i]);
        }
        return builder;
    }

    /** For each reach the number of reaches from it to its outlet, both counted. */
    int[] reachesToOutlet() {
        int[] count = new int[size()];
        for (int i = 0; i < count.length; i++) {
            count[i] = nextDown[i] == 0 ? 1 : 1 + count[indexOf(nextDown[i])];
        }
        return count;
    }

    /** The region of cells and its basins, then the reaches of every basin. */
    private static Draft draft(double cells, Random random) {
        int rows = (int) Math.ceil(Math.sqrt(cells * CELL_LON / (2 * CELL_LAT)));
        int columns = (int) Math.ceil(cells / rows);
        double west = CENTRE_LON - columns * CELL_LON / 2;
        double south = CENTRE_LAT - rows * CELL_LAT / 2;
        List<int[]> basins = new ArrayList<>();
        cut(0, 0, columns, rows, random, basins);
        Draft draft = new Draft(basins.size());
        for (int[] basin : basins) {
            draft.basin(basin[0], basin[1], basin[2], basin[3], west, south, random);
        }
        return draft;
    }

    /** Cuts the rectangle of cells into basins across its longer side, at a random place in its middle half. */
    private static void cut(int x, int y, int width, int height, Random random, List<int[]> basins) {
        long area = (long) width * height;
        boolean cut = area > MAX_BASIN_CELLS || (area >= MIN_CUT_CELLS && random.nextDouble() < CUT_CHANCE);
        if (!cut) {
            basins.add(new int[] { x, y, width, height });
            return;
        }
        double at = 0.25 + 0.5 * random.nextDouble();
        if (width >= height) {
            int left = Math.max(1, (int) Math.round(width * at));
            cut(x, y, left, height, random, basins);
            cut(x + left, y, width - left, height, random, basins);
        }
        else {
            int lower = Math.max(1, (int) Math.round(height * at));
            cut(x, y, width, lower, random, basins);
            cut(x, y + lower, width, height - lower, random, basins);
        }
    }

    /** Great-circle distance on the mean sphere (haversine). */
    static double sphereKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Reaches as they are made, basin after basin; downstream as draft indexes. */
    private static final class Draft {

        int size;

        int[] downstream = new int[1 << 16];

        int[] firstVertex = new int[(1 << 16) + 1];

        float[] lonLat = new float[1 << 20];

        final int[] outlets;

        int basinCount;

        Draft(int basins) {
            outlets = new int[basins];
        }

        /** A uniform spanning tree of the basin's cells towards its outlet, and the reaches along it. */
        void basin(int x0, int y0, int width, int height, double west, double south, Random random) {
            int n = width * height;
            int side = random.nextInt(4);
            int along = side < 2 ? width : height;
            int at = along / 4 + random.nextInt(Math.max(1, along / 2));
            int root = switch (side) {
                case 0 -> at; // south edge
                case 1 -> (height - 1) * width + at; // north edge
                case 2 -> at * width; // west edge
                default -> at * width + width - 1; // east edge
            };
            int[] next = spanningTree(width, height, root, random);
            int[] inflows = new int[n];
            for (int cell = 0; cell < n; cell++) {
                if (cell != root) {
                    inflows[next[cell]]++;
                }
            }
            float[] cellLon = new float[n];
            float[] cellLat = new float[n];
            for (int cell = 0; cell < n; cell++) {
                cellLon[cell] = (float) (west + (x0 + cell % width + 0.2 + 0.6 * random.nextDouble()) * CELL_LON);
                cellLat[cell] = (float) (south + (y0 + cell / width + 0.2 + 0.6 * random.nextDouble()) * CELL_LAT);
            }
            // where the outlet reach ends: on the basin's edge beyond the outlet cell
            float seaLon = switch (side) {
                case 2 -> (float) (west + x0 * CELL_LON);
                case 3 -> (float) (west + (x0 + width) * CELL_LON);
                default -> cellLon[root];
            };
            float seaLat = switch (side) {
                case 0 -> (float) (south + y0 * CELL_LAT);
                case 1 -> (float) (south + (y0 + height) * CELL_LAT);
                default -> cellLat[root];
            };
            int first = size;
            int[] reachStartingAt = new int[n];
            Arrays.fill(reachStartingAt, -1);
            int[] chain = new int[64];
            for (int top = 0; top < n; top++) {
                if (inflows[top] == 1) {
                    continue;
                }
                // from a source or confluence down to the next confluence, or to the sea
                int length = 0;
                int cell = top;
                chain[length++] = cell;
                while (true) {
                    if (cell == root) {
                        chain = push(chain, length++, SEA);
                        break;
                    }
                    cell = next[cell];
                    chain = push(chain, length++, cell);
                    if (inflows[cell] >= 2) {
                        break;
                    }
                }
                reachStartingAt[top] = size;
                int from = 0;
                while (from < length - 1) {
                    int to = Math.min(length - 1, from + 2);
                    int end = chain[to];
                    int down = to < length - 1 ? size + 1 : end == SEA ? -1 : -2 - end;
                    reach(chain, from, to, cellLon, cellLat, seaLon, seaLat, down, random);
                    from = to;
                }
            }
            for (int r = first; r < size; r++) {
                if (downstream[r] <= -2) {
                    downstream[r] = reachStartingAt[-2 - downstream[r]];
                }
                else if (downstream[r] == -1) {
                    outlets[basinCount] = r;
                }
            }
            basinCount++;
        }

        private static int[] push(int[] array, int index, int value) {
            int[] result = index < array.length ? array : Arrays.copyOf(array, array.length * 2);
            result[index] = value;
            return result;
        }

        /** One reach through the cells chain[from..to], meandering, with 10-20 vertices. */
        private void reach(int[] chain, int from, int to, float[] cellLon, float[] cellLat, float seaLon,
                float seaLat, int down, Random random) {
            int steps = to - from;
            int segments = 9 + random.nextInt(11);
            ensureCapacity(segments + 1);
            int v = firstVertex[size];
            for (int step = 0; step < steps; step++) {
                double aLon = lon(chain[from + step], cellLon, seaLon);
                double aLat = lat(chain[from + step], cellLat, seaLat);
                double bLon = lon(chain[from + step + 1], cellLon, seaLon);
                double bLat = lat(chain[from + step + 1], cellLat, seaLat);
                double kmPerDegreeLon = KM_PER_DEGREE * Math.cos(Math.toRadians(aLat));
                double dx = (bLon - aLon) * kmPerDegreeLon;
                double dy = (bLat - aLat) * KM_PER_DEGREE;
                double km = Math.hypot(dx, dy);
                // a bend to one side of the straight line, with some noise
                double bend = km * (0.1 + 0.2 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
                int parts = segments / steps + (step < segments % steps ? 1 : 0);
                for (int j = 0; j < parts; j++) {
                    double t = (double) j / parts;
                    double off = j == 0 ? 0 : bend * Math.sin(Math.PI * t) + km * 0.04 * (random.nextDouble() - 0.5);
                    double nx = km == 0 ? 0 : -dy / km;
                    double ny = km == 0 ? 0 : dx / km;
                    lonLat[2 * v] = (float) (aLon + t * (bLon - aLon) + off * nx / kmPerDegreeLon);
                    lonLat[2 * v + 1] = (float) (aLat + t * (bLat - aLat) + off * ny / KM_PER_DEGREE);
                    v++;
                }
            }
            lonLat[2 * v] = (float) lon(chain[to], cellLon, seaLon);
            lonLat[2 * v + 1] = (float) lat(chain[to], cellLat, seaLat);
            v++;
            firstVertex[size + 1] = v;
            downstream[size] = down;
            size++;
        }

        private static double lon(int cell, float[] cellLon, float seaLon) {
            return cell == SEA ? seaLon : cellLon[cell];
        }

        private static double lat(int cell, float[] cellLat, float seaLat) {
            return cell == SEA ? seaLat : cellLat[cell];
        }

        private void ensureCapacity(int vertices) {
            if (size + 1 == downstream.length) {
                int capacity = downstream.length * 2;
                downstream = Arrays.copyOf(downstream, capacity);
                firstVertex = Arrays.copyOf(firstVertex, capacity + 1);
            }
            int needed = 2 * (firstVertex[size] + vertices);
            if (needed > lonLat.length) {
                lonLat = Arrays.copyOf(lonLat, Math.max(needed, lonLat.length * 2));
            }
        }

        /**
         * Takes the surplus away (random headwater reaches, never an outlet) and orders the rest basin by basin,
         * breadth first from the outlet upstream; then lengths, Strahler orders and discharges.
         */
        SyntheticRiverNetwork finish(int wanted, Random random) {
            boolean[] removed = new boolean[size];
            int[] upstreamCount = new int[size];
            for (int r = 0; r < size; r++) {
                if (downstream[r] >= 0) {
                    upstreamCount[downstream[r]]++;
                }
            }
            int[] headwaters = new int[size];
            int headwaterCount = 0;
            for (int r = 0; r < size; r++) {
                if (upstreamCount[r] == 0 && downstream[r] >= 0) {
                    headwaters[headwaterCount++] = r;
                }
            }
            int surplus = size - wanted;
            if (surplus > headwaterCount) {
                throw new IllegalStateException("cannot take away " + surplus + " of " + headwaterCount + " headwaters");
            }
            for (int i = 0; i < surplus; i++) {
                int pick = i + random.nextInt(headwaterCount - i);
                int reach = headwaters[pick];
                headwaters[pick] = headwaters[i];
                removed[reach] = true;
                upstreamCount[downstream[reach]]--;
            }
            // upstream reaches of each reach, compressed rows
            int[] upstreamStart = new int[size + 1];
            for (int r = 0; r < size; r++) {
                if (!removed[r] && downstream[r] >= 0) {
                    upstreamStart[downstream[r] + 1]++;
                }
            }
            for (int r = 0; r < size; r++) {
                upstreamStart[r + 1] += upstreamStart[r];
            }
            int[] upstream = new int[upstreamStart[size]];
            int[] fill = Arrays.copyOf(upstreamStart, size);
            for (int r = 0; r < size; r++) {
                if (!removed[r] && downstream[r] >= 0) {
                    upstream[fill[downstream[r]]++] = r;
                }
            }
            int[] order = new int[wanted];
            int[] newIndex = new int[size];
            int count = 0;
            for (int b = 0; b < basinCount; b++) {
                int head = count;
                order[count++] = outlets[b];
                while (head < count) {
                    int reach = order[head++];
                    newIndex[reach] = head - 1;
                    for (int i = upstreamStart[reach]; i < upstreamStart[reach + 1]; i++) {
                        order[count++] = upstream[i];
                    }
                }
            }
            if (count != wanted) {
                throw new IllegalStateException(count + " reaches reached from the outlets, " + wanted + " expected");
            }
            long[] nextDown = new long[wanted];
            double[] lengthKm = new double[wanted];
            int[] vertexStart = new int[wanted + 1];
            for (int i = 0; i < wanted; i++) {
                int r = order[i];
                vertexStart[i + 1] = vertexStart[i] + firstVertex[r + 1] - firstVertex[r];
            }
            float[] points = new float[2 * vertexStart[wanted]];
            for (int i = 0; i < wanted; i++) {
                int r = order[i];
                nextDown[i] = downstream[r] < 0 ? 0 : FIRST_ID + newIndex[downstream[r]];
                System.arraycopy(lonLat, 2 * firstVertex[r], points, 2 * vertexStart[i],
                        2 * (firstVertex[r + 1] - firstVertex[r]));
                double km = 0;
                for (int v = vertexStart[i]; v + 1 < vertexStart[i + 1]; v++) {
                    km += sphereKm(points[2 * v + 1], points[2 * v], points[2 * v + 3], points[2 * v + 2]);
                }
                lengthKm[i] = Math.round(km * 1000) / 1000.0;
            }
            // upstream before downstream: backwards through the breadth-first order
            byte[] strahler = new byte[wanted];
            float[] discharge = new float[wanted];
            int[] highest = new int[wanted];
            int[] highestCount = new int[wanted];
            double[] upstreamKm = new double[wanted];
            for (int i = wanted - 1; i >= 0; i--) {
                int order1 = highest[i] == 0 ? 1 : highest[i] + (highestCount[i] > 1 ? 1 : 0);
                strahler[i] = (byte) order1;
                upstreamKm[i] += lengthKm[i];
                // runoff of about 100 mm a year on 2 km² of catchment per km of river
                discharge[i] = (float) (upstreamKm[i] * 0.0063 * Math.exp(0.25 * random.nextGaussian()));
                if (nextDown[i] != 0) {
                    int d = (int) (nextDown[i] - FIRST_ID);
                    upstreamKm[d] += upstreamKm[i];
                    if (order1 > highest[d]) {
                        highest[d] = order1;
                        highestCount[d] = 1;
                    }
                    else if (order1 == highest[d]) {
                        highestCount[d]++;
                    }
                }
            }
            return new SyntheticRiverNetwork(nextDown, lengthKm, vertexStart, points, strahler, discharge, basinCount);
        }
    }

    /**
     * A uniform random spanning tree of the width x height grid (4-neighbourhood) rooted at root, by Wilson's
     * algorithm; next[cell] is the neighbour the cell drains to (-1 at the root).
     */
    private static int[] spanningTree(int width, int height, int root, Random random) {
        int n = width * height;
        int[] next = new int[n];
        boolean[] inTree = new boolean[n];
        inTree[root] = true;
        next[root] = -1;
        for (int start = 0; start < n; start++) {
            int cell = start;
            int x = cell % width;
            int y = cell / width;
            while (!inTree[cell]) {
                int to;
                while (true) {
                    int direction = random.nextInt(4);
                    if (direction == 0 && x + 1 < width) {
                        x++;
                        to = cell + 1;
                        break;
                    }
                    if (direction == 1 && x > 0) {
                        x--;
                        to = cell - 1;
                        break;
                    }
                    if (direction == 2 && y + 1 < height) {
                        y++;
                        to = cell + width;
                        break;
                    }
                    if (direction == 3 && y > 0) {
                        y--;
                        to = cell - width;
                        break;
                    }
                }
                next[cell] = to;
                cell = to;
            }
            for (cell = start; !inTree[cell]; cell = next[cell]) {
                inTree[cell] = true;
            }
        }
        return next;
    }
}
