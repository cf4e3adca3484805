package org.tmfsafety.geo.river;

import java.util.function.IntConsumer;

/**
 * A uniform longitude/latitude grid over the segments of a network, stored as compressed rows (one int per
 * segment and cell it touches), so that a window query visits only segments near the window. Cells are
 * about four mean segment extents wide; the number of cells is capped.
 */
final class SegmentGrid {

    private static final int MAX_CELLS = 1 << 23;

    private final double west;

    private final double south;

    private final double cellDegrees;

    private final int columns;

    private final int rows;

    private final int[] cellStart;

    private final int[] segments;

    SegmentGrid(int[] firstVertex, float[] coordinates) {
        int reaches = firstVertex.length - 1;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double extent = 0;
        long segmentCount = 0;
        for (int r = 0; r < reaches; r++) {
            for (int v = firstVertex[r]; v < firstVertex[r + 1]; v++) {
                double x = coordinates[2 * v];
                double y = coordinates[2 * v + 1];
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if (v + 1 < firstVertex[r + 1]) {
                    extent += Math.max(Math.abs(coordinates[2 * v + 2] - x), Math.abs(coordinates[2 * v + 3] - y));
                    segmentCount++;
                }
            }
        }
        if (segmentCount == 0) {
            west = 0;
            south = 0;
            cellDegrees = 1;
            columns = 1;
            rows = 1;
            cellStart = new int[2];
            segments = new int[0];
            return;
        }
        double width = Math.max(maxX - minX, 1e-6);
        double height = Math.max(maxY - minY, 1e-6);
        double cell = Math.max(1e-4, 4 * extent / segmentCount);
        while ((Math.floor(width / cell) + 1) * (Math.floor(height / cell) + 1) > MAX_CELLS) {
            cell *= 1.5;
        }
        west = minX;
        south = minY;
        cellDegrees = cell;
        columns = (int) Math.floor(width / cell) + 1;
        rows = (int) Math.floor(height / cell) + 1;
        cellStart = new int[columns * rows + 1];
        forEachCellOfEachSegment(firstVertex, coordinates, (index, vertex) -> cellStart[index + 1]++);
        for (int i = 1; i < cellStart.length; i++) {
            cellStart[i] += cellStart[i - 1];
        }
        segments = new int[cellStart[cellStart.length - 1]];
        int[] fill = cellStart.clone();
        forEachCellOfEachSegment(firstVertex, coordinates, (index, vertex) -> segments[fill[index]++] = vertex);
    }

    /** Calls the action with (cell, first vertex of the segment) for every cell each segment's envelope meets. */
    private void forEachCellOfEachSegment(int[] firstVertex, float[] coordinates, CellVisitor action) {
        for (int r = 0; r + 1 < firstVertex.length; r++) {
            for (int v = firstVertex[r]; v + 1 < firstVertex[r + 1]; v++) {
                float x1 = coordinates[2 * v];
                float y1 = coordinates[2 * v + 1];
                float x2 = coordinates[2 * v + 2];
                float y2 = coordinates[2 * v + 3];
                int c1 = column(Math.max(x1, x2));
                int r1 = row(Math.max(y1, y2));
                for (int row = row(Math.min(y1, y2)); row <= r1; row++) {
                    for (int column = column(Math.min(x1, x2)); column <= c1; column++) {
                        action.visit(row * columns + column, v);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface CellVisitor {

        void visit(int cell, int vertex);
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - west) / cellDegrees)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - south) / cellDegrees)));
    }

    /**
     * Calls the action with the first vertex of every segment whose cell meets the window (a segment may be
     * reported more than once when it spans several cells).
     */
    void forEachSegment(double minX, double minY, double maxX, double maxY, IntConsumer action) {
        if (segments.length == 0 || maxX < west || maxY < south || minX > west + columns * cellDegrees
                || minY > south + rows * cellDegrees) {
            return;
        }
        int c0 = column(minX);
        int c1 = column(maxX);
        int r0 = row(minY);
        int r1 = row(maxY);
        for (int row = r0; row <= r1; row++) {
            for (int column = c0; column <= c1; column++) {
                int index = row * columns + column;
                for (int i = cellStart[index]; i < cellStart[index + 1]; i++) {
                    action.accept(segments[i]);
                }
            }
        }
    }
}
