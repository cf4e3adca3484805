package org.tmfsafety.server.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A facility's programme on a time line, for an SVG drawn by the programme page: one lane per term (short, medium,
 * long), each measure with a due date placed at it, today marked, a tick every six months (every year or two on a
 * long span). Dropped measures and measures without a due date are left out (the list below the time line shows them).
 *
 * @param width the drawing's width in user units
 * @param height its height
 * @param todayX where today is
 * @param lanes the terms, top to bottom
 * @param ticks the ticks of the time axis
 * @param points the measures
 */
record ProgrammeTimeline(int width, int height, double todayX, List<Lane> lanes, List<Tick> ticks, List<Point> points) {

    static final int WIDTH = 900;

    static final int LEFT = 110;

    static final int RIGHT = 70;

    static final int LANE = 44;

    static final int TOP = 10;

    /** A term's lane. */
    record Lane(String term, double y) {
    }

    /** A tick on the time axis, labelled with its month. */
    record Tick(double x, String label) {
    }

    /**
     * A measure on the time line.
     *
     * @param state "overdue", "done" (done or verified) or "open"
     */
    record Point(long id, double x, double y, String label, String state, String title) {
    }

    static ProgrammeTimeline of(List<ProgrammeItem> items, LocalDate today) {
        List<ProgrammeItem> dated = items.stream()
            .filter(item -> item.dueDate() != null && item.status() != ProgrammeStatus.DROPPED)
            .toList();
        LocalDate start = today.withDayOfMonth(1);
        LocalDate end = start.plusMonths(12);
        for (ProgrammeItem item : dated) {
            if (item.dueDate().isBefore(start)) {
                start = item.dueDate().withDayOfMonth(1);
            }
            if (item.dueDate().isAfter(end)) {
                end = item.dueDate();
            }
        }
        end = end.withDayOfMonth(1).plusMonths(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double span = WIDTH - LEFT - RIGHT;
        List<Lane> lanes = new ArrayList<>();
        String[] terms = { "SHORT", "MEDIUM", "LONG" };
        for (int i = 0; i < terms.length; i++) {
            lanes.add(new Lane(terms[i], TOP + LANE * i + LANE / 2.0));
        }
        List<Tick> ticks = new ArrayList<>();
        long months = ChronoUnit.MONTHS.between(start, end);
        int step = months <= 48 ? 6 : months <= 120 ? 12 : 24;
        LocalDate tick = step == 6 ? start.withMonth(start.getMonthValue() <= 6 ? 1 : 7) : start.withDayOfYear(1);
        while (tick.isBefore(start)) {
            tick = tick.plusMonths(step);
        }
        for (; !tick.isAfter(end); tick = tick.plusMonths(step)) {
            ticks.add(new Tick(LEFT + span * ChronoUnit.DAYS.between(start, tick) / days, step == 6
                    ? tick.getYear() + "-" + (tick.getMonthValue() < 10 ? "0" : "") + tick.getMonthValue()
                    : String.valueOf(tick.getYear())));
        }
        List<Point> points = new ArrayList<>();
        int[] crowd = new int[terms.length];
        for (ProgrammeItem item : dated) {
            int lane = List.of(terms).indexOf(item.term());
            double y = lanes.get(lane).y() + (crowd[lane]++ % 3 - 1) * 9;
            String state = item.overdue() ? "overdue"
                    : item.status() == ProgrammeStatus.DONE || item.status() == ProgrammeStatus.VERIFIED ? "done" : "open";
            points.add(new Point(item.id(), LEFT + span * ChronoUnit.DAYS.between(start, item.dueDate()) / days, y,
                    item.measureId() == null ? "" : item.measureId(), state, item.title() + " · " + item.dueDate()));
        }
        return new ProgrammeTimeline(WIDTH, TOP + LANE * terms.length + 26,
                LEFT + span * ChronoUnit.DAYS.between(start, today) / days, lanes, ticks, points);
    }
}
