package org.tmfsafety.methodology.dambreak;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSP2 list of tailings dam failures (../shared/data, not bundled) and measures how far a
 * model's estimates fall from what happened, in log10 space.
 */
public final class Csp2Validation {

    public static final Path FILE = Path.of("..", "..", "shared", "data", "csp2_tailings_dam_failures_1915-2022_as_of_31Jan23.csv");

    private static final int HEIGHT = 5;

    private static final int STORAGE = 6;

    private static final int RELEASE = 12;

    private static final int RUNOUT = 13;

    private Csp2Validation() {
    }

    /**
     * One failure with the numbers the models need; NaN where the list has none.
     *
     * @param name the event's description (first 60 characters)
     * @param heightM dam height in m
     * @param storedM3 stored volume in m³
     * @param releasedM3 released volume in m³
     * @param runoutKm runout in km
     */
    record Event(String name, double heightM, double storedM3, double releasedM3, double runoutKm) {
    }

    /**
     * Error statistics of log10(estimate / observation).
     *
     * @param n number of events
     * @param rmse root mean square of the log10 residuals
     * @param bias mean log10 residual (positive: the model overestimates)
     * @param withinFactor2 share of events estimated within a factor of 2
     * @param withinFactor3 share within a factor of 3
     */
    record Errors(int n, double rmse, double bias, double withinFactor2, double withinFactor3) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d rmse=%.2f bias=%+.2f within2=%.0f%% within3=%.0f%%", n, rmse, bias,
                    100 * withinFactor2, 100 * withinFactor3);
        }

    }

    static List<Event> read() throws IOException {
        List<Event> events = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                String name = record.get(1).replaceAll("\\s+", " ").strip();
                events.add(new Event(name.substring(0, Math.min(60, name.length())), number(record.get(HEIGHT)),
                        number(record.get(STORAGE)), number(record.get(RELEASE)), number(record.get(RUNOUT))));
            }
        }
        return events;
    }

    /** Reads a CSP2 number: thousands separators, "~", "<" and ">" are dropped; blank or text is NaN. */
    public static double number(String text) {
        String cleaned = text.replace("\uFEFF", "").replaceAll("[~<>,\\s]", "");
        if (cleaned.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cleaned);
        }
        catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static Errors errors(List<Event> events, ToDoubleFunction<Event> estimate, ToDoubleFunction<Event> observed) {
        double sumSquares = 0;
        double sum = 0;
        int within2 = 0;
        int within3 = 0;
        for (Event event : events) {
            double residual = Math.log10(estimate.applyAsDouble(event) / observed.applyAsDouble(event));
            sumSquares += residual * residual;
            sum += residual;
            within2 += Math.abs(residual) <= Math.log10(2) ? 1 : 0;
            within3 += Math.abs(residual) <= Math.log10(3) ? 1 : 0;
        }
        int n = events.size();
        return new Errors(n, Math.sqrt(sumSquares / n), sum / n, within2 / (double) n, within3 / (double) n);
    }

    static boolean positive(double value) {
        return Double.isFinite(value) && value > 0;
    }

}
