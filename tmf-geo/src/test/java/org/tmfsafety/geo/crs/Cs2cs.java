package org.tmfsafety.geo.crs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PROJ's {@code cs2cs} (Debian package proj-bin), run as a subprocess: the independent oracle of the
 * transformation tests. Missing, it fails the tests rather than skipping them.
 */
final class Cs2cs {

    private Cs2cs() {
    }

    /**
     * Transforms points from one system to another; each point, given and returned, is in the axis order of
     * its system (for EPSG codes the order of the EPSG database, for proj strings easting or longitude first).
     * @param arguments the two systems, for example {@code EPSG:32643 EPSG:4326} or a proj string, {@code +to}
     *        and another
     */
    static List<double[]> transform(List<String> arguments, List<double[]> points) {
        List<String> command = new ArrayList<>(List.of("cs2cs", "-f", "%.12f"));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        }
        catch (IOException e) {
            throw new AssertionError("cs2cs (PROJ) is not installed; the transformation tests need it as oracle: "
                    + "install Debian's proj-bin, which provides cs2cs (apt-get install proj-bin)", e);
        }
        try {
            StringBuilder input = new StringBuilder();
            for (double[] point : points) {
                input.append(plain(point[0])).append(' ').append(plain(point[1])).append('\n');
            }
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.toString().getBytes(StandardCharsets.US_ASCII));
            }
            String output = read(process.getInputStream());
            String errors = read(process.getErrorStream());
            if (process.waitFor() != 0) {
                throw new AssertionError("cs2cs " + arguments + " failed: " + errors);
            }
            List<double[]> results = new ArrayList<>();
            for (String line : output.strip().split("\n")) {
                String[] fields = line.strip().split("\\s+");
                if (fields[0].equals("*")) {
                    throw new AssertionError("cs2cs " + arguments + " could not transform a point: " + errors);
                }
                results.add(new double[] { Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) });
            }
            if (results.size() != points.size()) {
                throw new AssertionError("cs2cs returned " + results.size() + " points for " + points.size());
            }
            return results;
        }
        catch (IOException e) {
            throw new AssertionError("cs2cs " + arguments + " could not be run", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for cs2cs", e);
        }
    }

    /** Writes a number in plain decimal notation, 13500000 rather than 1.35E7. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    private static String read(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.US_ASCII);
    }

}
