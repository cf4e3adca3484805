package org.tmfsafety.methodology.dambreak;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    static LogErrors errors(List<Event> events, ToDoubleFunction<Event> estimate, ToDoubleFunction<Event> observed) {
        return LogErrors.of(events.stream().mapToDouble(estimate).toArray(),
                events.stream().mapToDouble(observed).toArray());
    }

    static boolean positive(double value) {
        return Double.isFinite(value) && value > 0;
    }

}
