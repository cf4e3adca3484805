package org.tmfsafety.server.system;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Chart geometry for SVG drawn by templates (fragments/charts.html): no script and no network, so charts work
 * offline, print, and take their texts from the message bundles. Coordinates are in SVG user units.
 */
public final class SvgCharts {

    /** Width of every chart, in user units (the SVG scales to its container). */
    public static final double WIDTH = 640;

    private static final double BAR_HEIGHT = 22;

    private static final double BAR_GAP = 6;

    private static final double LABEL_WIDTH = 250;

    /** Longer bar labels are shortened (the full label stays in the bar's tooltip). */
    private static final int LABEL_CHARACTERS = 38;

    private static final double VALUE_WIDTH = 60;

    private static final double LEFT = 100;

    private static final double RIGHT = 44;

    private static final double TOP = 12;

    private static final double BOTTOM = 48;

    private SvgCharts() {
    }

    /** A value to draw as a bar, with its label and the page behind it (or null). */
    public record Item(String label, double value, String href) {
    }

    /** A bar laid out: its row's top, its length, its label as drawn (shortened when long). */
    public record Bar(Item item, double y, double width, String valueText, String shortLabel) {
    }

    /** A horizontal bar chart. */
    public record BarChart(double width, double height, double labelWidth, double barHeight, List<Bar> bars) {

        /** Whether there is nothing to draw. */
        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    /** Lays out horizontal bars, the longest spanning the width left of labels and values. */
    public static BarChart bars(List<Item> items, Locale locale) {
        double max = items.stream().mapToDouble(Item::value).max().orElse(0);
        double span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String label = item.label().length() <= LABEL_CHARACTERS ? item.label()
                    : item.label().substring(0, LABEL_CHARACTERS - 1).strip() + "…";
            bars.add(new Bar(item, i * (BAR_HEIGHT + BAR_GAP), max <= 0 ? 0 : Math.max(1, item.value() / max * span),
                    number(item.value(), locale), label));
        }
        return new BarChart(WIDTH, Math.max(BAR_HEIGHT, items.size() * (BAR_HEIGHT + BAR_GAP)), LABEL_WIDTH,
                BAR_HEIGHT, bars);
    }

    /** A point of a scatter plot; css selects its series' style. */
    public record Point(double x, double y, String title, String href, String css) {
    }

    /** A line across the plot area (e.g. 1:1 and factor lines). */
    public record Line(double x1, double y1, double x2, double y2, String css) {
    }

    /** A tick on an axis: its position along the axis and its label. */
    public record Tick(double position, String label) {
    }

    /** A point in data units, before layout. */
    public record Datum(double x, double y, String title, String href, String css) {
    }

    /** A scatter plot on logarithmic axes. */
    public record Scatter(double width, double height, double left, double top, double plotWidth, double plotHeight,
            List<Point> points, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks, String xLabel, String yLabel) {

        /** Whether there is nothing to draw. */
        public boolean isEmpty() {
            return points.isEmpty();
        }
    }

    /**
     * Lays out points on log10 axes spanning whole decades around the data (values not above 0 are left out).
     *
     * @param diagonals factors at which to draw lines y = f·x (e.g. 1, 2 and 0.5 for estimate-versus-observation plots),
     *        or none; drawn only when both axes span the same decades
     */
    public static Scatter logScatter(List<Datum> data, String xLabel, String yLabel, Locale locale, boolean sameAxes,
            double... diagonals) {
        List<Datum> positive = data.stream().filter(d -> d.x() > 0 && d.y() > 0 && Double.isFinite(d.x())
                && Double.isFinite(d.y())).toList();
        double height = 420;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        if (positive.isEmpty()) {
            return new Scatter(WIDTH, height, LEFT, TOP, plotWidth, plotHeight, List.of(), List.of(), List.of(),
                    List.of(), xLabel, yLabel);
        }
        int[] xRange = decades(positive.stream().mapToDouble(Datum::x).toArray());
        int[] yRange = decades(positive.stream().mapToDouble(Datum::y).toArray());
        if (sameAxes) {
            int low = Math.min(xRange[0], yRange[0]);
            int high = Math.max(xRange[1], yRange[1]);
            xRange = new int[] { low, high };
            yRange = new int[] { low, high };
        }
        int[] xr = xRange;
        int[] yr = yRange;
        DoubleFunction<Double> px = v -> LEFT + (Math.log10(v) - xr[0]) / (xr[1] - xr[0]) * plotWidth;
        DoubleFunction<Double> py = v -> TOP + plotHeight - (Math.log10(v) - yr[0]) / (yr[1] - yr[0]) * plotHeight;
        List<Point> points = positive.stream()
            .map(d -> new Point(px.apply(d.x()), py.apply(d.y()), d.title(), d.href(), d.css()))
            .toList();
        List<Line> lines = new ArrayList<>();
        if (sameAxes) {
            for (double factor : diagonals) {
                double from = Math.pow(10, xr[0]);
                double to = Math.pow(10, xr[1]);
                double start = Math.max(from, from / factor);
                double end = Math.min(to, to / factor);
                lines.add(new Line(px.apply(start), py.apply(start * factor), px.apply(end), py.apply(end * factor),
                        factor == 1 ? "chart-line-equal" : "chart-line-factor"));
            }
        }
        return new Scatter(WIDTH, height, LEFT, TOP, plotWidth, plotHeight, points, lines, ticks(xr, px, locale),
                ticks(yr, py, locale), xLabel, yLabel);
    }

    private static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 1 ? 3 : 1);
        return format.format(value);
    }

    private static int[] decades(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        int low = (int) Math.floor(Math.log10(min));
        int high = (int) Math.ceil(Math.log10(max));
        return new int[] { low, high == low ? low + 1 : high };
    }

    private static List<Tick> ticks(int[] range, DoubleFunction<Double> position, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        for (int exponent = range[0]; exponent <= range[1]; exponent++) {
            double value = Math.pow(10, exponent);
            ticks.add(new Tick(position.apply(value), number(value, locale)));
        }
        return ticks;
    }
}
