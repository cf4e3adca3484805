package org.tmfsafety.server.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Index classes (their codes, order, labels and colours) come from the methodology profile: no Java source,
 * template, script or style sheet of the server names a class code, and no code looks a class label up in the
 * message bundles ({@code rating.class.*}). A new profile with other classes then needs no change in the server.
 */
class NoLiteralIndexClassesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), RESOURCES.resolve("templates"),
            RESOURCES.resolve("static/js"), RESOURCES.resolve("static/css"));

    /** A class code of the built-in profiles as a whole word (not part of a longer name such as HIGH_WATER). */
    private static final Pattern CLASS_CODE = Pattern.compile("(?<![A-Za-z0-9_])(LOW|MEDIUM|HIGH|VERY_HIGH)(?![A-Za-z0-9_])");

    private static final Pattern CLASS_MESSAGE = Pattern.compile("rating\\.class\\.");

    /**
     * The other enumerations that share these words, each recognised by a constant only it has, on the same line:
     * the seismic hazard (LOW, MODERATE, HIGH) by MODERATE, the GISTM consequence class (LOW, SIGNIFICANT, HIGH,
     * VERY_HIGH, EXTREME) by SIGNIFICANT or EXTREME, the programme measure term (SHORT, MEDIUM, LONG) by SHORT.
     */
    private static final List<Pattern> OTHER_ENUMS = List.of(Pattern.compile("\\bMODERATE\\b"),
            Pattern.compile("\\b(SIGNIFICANT|EXTREME)\\b"), Pattern.compile("\\bSHORT\\b"));

    static List<String> findings(String text, String file) {
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean otherEnum = OTHER_ENUMS.stream().anyMatch(p -> p.matcher(line).find());
            if ((CLASS_CODE.matcher(line).find() && !otherEnum) || CLASS_MESSAGE.matcher(line).find()) {
                findings.add(file + ":" + (i + 1) + ": " + line.strip());
            }
        }
        return findings;
    }

    @Test
    void noSourceTemplateScriptOrStyleNamesAnIndexClass() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".min.js"))
                    .sorted()
                    .toList()) {
                    findings.addAll(findings(Files.readString(file), file.toString()));
                }
            }
        }
        assertThat(findings).as("literal index class codes or rating.class.* lookups").isEmpty();
    }

    @Test
    void theScanFindsCodesAndLookupsButNotTheOtherEnumerations() {
        String sample = """
                static final List<String> CLASSES = List.of("LOW", "MEDIUM");
                <span th:text="#{rating.class.__${c}__}">x</span>
                var colours = { VERY_HIGH: '#b71c1c' };
                .rating-class.rating-HIGH { background-color: #d84315; }
                String term = "SHORT|MEDIUM|LONG";
                /** seismic hazard LOW, MODERATE or HIGH */
                /** GISTM class LOW … EXTREME */
                int HIGH_WATER = 1; String below = "LOWER"; String lowClass = "low";
                """;
        assertThat(findings(sample, "sample")).extracting(f -> f.substring(0, f.indexOf(": ")))
            .containsExactly("sample:1", "sample:2", "sample:3", "sample:4");
    }

}
