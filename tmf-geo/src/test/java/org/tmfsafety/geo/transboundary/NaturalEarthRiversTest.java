package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tmfsafety.geo.country.NaturalEarthCountries;
import org.tmfsafety.geo.river.NetworkIssue;
import org.tmfsafety.geo.river.NetworkReport;

/**
 * Downstream traces on real geography: Natural Earth 1:10m rivers (plain lines, partly digitised against the
 * flow), 1:50m countries and 1:50m lakes from ../shared/data (not shipped). Skipped, with a message, where
 * that folder is absent.
 */
class NaturalEarthRiversTest {

    private static TransboundaryAnalyzer analyzer;

    private static NetworkReport report;

    @BeforeAll
    static void load() throws Exception {
        Path data = NaturalEarthCountries.FILE.getParent();
        assumeTrue(Files.isReadable(NaturalEarthGeography.RIVERS) && Files.isReadable(NaturalEarthCountries.FILE),
                "Skipped: " + data.toAbsolutePath().normalize() + " is absent (real-geography test data)");
        NaturalEarthGeography geography = NaturalEarthGeography.load(data);
        analyzer = geography.analyzer();
        report = geography.report();
    }

    @Test
    void anIrtyshSiteNearSemeyTracesIntoRussia() {
        TransboundaryResult semey = analyzer.analyze(50.41, 80.23);
        assertThat(semey.country()).isEqualTo("KAZ");
        assertThat(semey.snapDistanceKm()).isLessThan(3);
        Downstream downstream = semey.downstream();
        assertThat(downstream.firstForeignCountry()).isEqualTo("RUS");
        assertThat(downstream.countries()).startsWith("KAZ", "RUS");
        // Semey–Pavlodar–border along the Irtysh: about 700 km
        assertThat(downstream.alongRiverKmToBorder()).isBetween(600.0, 850.0);
        assertThat(downstream.lengthKm()).as("on through the Ob to the Kara Sea").isGreaterThan(3000);
        assertThat(semey.potentialTransboundaryEffect()).isTrue();
        assertThat(semey.criteriaMet()).containsExactly(TransboundaryResult.Criterion.DOWNSTREAM_CROSSING);
    }

    @Test
    void aSyrDaryaSiteInUzbekistanTracesIntoKazakhstanAndTheAralSea() {
        TransboundaryResult syrdaryo = analyzer.analyze(40.85, 68.66);
        assertThat(syrdaryo.country()).isEqualTo("UZB");
        assertThat(syrdaryo.downstream().countries()).containsExactly("UZB", "KAZ");
        assertThat(syrdaryo.downstream().alongRiverKmToBorder()).isLessThan(50);
        assertThat(syrdaryo.downstream().reachesLake()).isTrue();
    }

    @Test
    void anIliSiteInChinaTracesIntoKazakhstanAndLakeBalkhash() {
        TransboundaryResult yining = analyzer.analyze(43.91, 81.28);
        assertThat(yining.country()).isEqualTo("CHN");
        assertThat(yining.downstream().countries()).containsExactly("CHN", "KAZ");
        assertThat(yining.downstream().alongRiverKmToBorder()).isBetween(40.0, 120.0);
        assertThat(yining.downstream().reachesLake()).isTrue();
    }

    @Test
    void theUralAtUralskStaysInKazakhstanDownToTheCaspian() {
        TransboundaryResult uralsk = analyzer.analyze(51.23, 51.37);
        assertThat(uralsk.downstream().crossesBorder()).isFalse();
        assertThat(uralsk.downstream().countries()).containsExactly("KAZ");
        assertThat(uralsk.downstream().lengthKm()).isBetween(500.0, 800.0);
        assertThat(uralsk.potentialTransboundaryEffect()).isFalse();
    }

    @Test
    void reportsWhatTheLineDataNeededToBecomeANetwork() {
        assertThat(report.reachCount()).isGreaterThan(1473);
        assertThat(report.count(NetworkIssue.Type.REVERSED)).as("Natural Earth lines are not all oriented downstream")
            .isGreaterThan(100);
        assertThat(report.count(NetworkIssue.Type.DISCONNECTED)).isEqualTo(report.outletCount() - 1);
    }
}
