package org.tmfsafety.methodology.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.dambreak.Csp2Validation;

/** E20 on hand-made events at each threshold, and against the classes the CSP2 compilers gave. */
class SeverityClassifierTest {

    @Test
    void appliesTheCriteriaInOrderAtTheirThresholds() {
        assertThat(SeverityClassifier.classify(20, null, null))
            .isEqualTo(new SeverityClassifier.Result(Severity.VERY_SERIOUS, SeverityClassifier.Rule.DEATHS_AT_LEAST_20));
        assertThat(SeverityClassifier.classify(19, 1_000_000.0, null).rule())
            .isEqualTo(SeverityClassifier.Rule.RELEASE_AT_LEAST_1_MILLION_M3);
        assertThat(SeverityClassifier.classify(0, 999_999.0, 20.0).rule())
            .isEqualTo(SeverityClassifier.Rule.RUNOUT_AT_LEAST_20_KM);
        assertThat(SeverityClassifier.classify(1, 10.0, 19.9))
            .isEqualTo(new SeverityClassifier.Result(Severity.SERIOUS, SeverityClassifier.Rule.LOSS_OF_LIFE));
        assertThat(SeverityClassifier.classify(0, 100_000.0, 1.0).rule())
            .isEqualTo(SeverityClassifier.Rule.RELEASE_AT_LEAST_100000_M3);
        assertThat(SeverityClassifier.classify(0, 99_999.0, 19.0))
            .isEqualTo(new SeverityClassifier.Result(Severity.OTHER, SeverityClassifier.Rule.NO_CRITERION_MET));
        assertThat(SeverityClassifier.classify(null, null, null).severity()).isEqualTo(Severity.OTHER);
    }

    @Test
    void refusesNegativeOrNonFiniteInputsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> SeverityClassifier.classify(-1, null, null))
            .withMessageContaining("deaths");
        assertThatIllegalArgumentException().isThrownBy(() -> SeverityClassifier.classify(null, Double.NaN, null))
            .withMessageContaining("releasedVolumeM3");
    }

    @Test
    void readsCsp2CauseCodes() {
        assertThat(FailureCause.ofCsp2Code("OT?")).contains(FailureCause.OVERTOPPING);
        assertThat(FailureCause.ofCsp2Code("St")).contains(FailureCause.STRUCTURAL);
        assertThat(FailureCause.ofCsp2Code(" ")).contains(FailureCause.UNKNOWN);
        assertThat(FailureCause.ofCsp2Code("rain")).isEmpty();
        assertThat(Severity.ofCode(4)).isEqualTo(Severity.INCIDENT);
    }

    /**
     * On the CSP2 list (classes 1–3; numbers read as in the dam-break validation, deaths "yes" as unknown) E20 gives
     * the compilers' class for 310 of 342 failures; docs/methodology/accidents.md records the confusion matrix.
     */
    @Test
    void reproducesTheCsp2ClassesForNineInTenFailures() throws IOException {
        Assumptions.assumeTrue(Files.exists(Csp2Validation.FILE), "Skipped: "
                + Csp2Validation.FILE.toAbsolutePath().normalize() + " is absent (../shared/data)");
        int[][] confusion = new int[4][4];
        try (Reader reader = Files.newBufferedReader(Csp2Validation.FILE, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1 || !record.get(0).matches("[123]")) {
                    continue;
                }
                double deaths = Csp2Validation.number(record.get(14));
                double release = Csp2Validation.number(record.get(12));
                double runout = Csp2Validation.number(record.get(13));
                Severity derived = SeverityClassifier.classify(Double.isNaN(deaths) ? null : (int) deaths,
                        Double.isNaN(release) ? null : release, Double.isNaN(runout) ? null : runout).severity();
                confusion[Integer.parseInt(record.get(0))][derived.code()]++;
            }
        }
        int agree = confusion[1][1] + confusion[2][2] + confusion[3][3];
        int total = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                total += count;
            }
        }
        assertThat(total).isEqualTo(342);
        assertThat(agree).isEqualTo(310);
    }
}
