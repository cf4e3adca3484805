package org.tmfsafety.geo.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.tmfsafety.geo.country.CountryIndex;
import org.tmfsafety.geo.country.NaturalEarthCountries;
import org.tmfsafety.geo.river.LineNetworkBuilder;
import org.tmfsafety.geo.river.NetworkIssue;
import org.tmfsafety.geo.river.NetworkReport;
import org.tmfsafety.geo.river.RiverDataReader;
import org.tmfsafety.geo.river.RiverNetwork;

/**
 * Downstream traces on real geography: Natural Earth 1:10m rivers (plain lines, partly digitised against the
 * flow), 1:50m countries and 1:50m lakes from ../shared/data (not shipped). Skipped, with a message, where
 * that folder is absent.
 */
class NaturalEarthRiversTest {

    static final Path DATA = NaturalEarthCountries.FILE.getParent();

    private static TransboundaryAnalyzer analyzer;

    private static NetworkReport report;

    @BeforeAll
    static void load() throws Exception {
        Path rivers = DATA.resolve("ne_10m_rivers_lake_centerlines.geojson");
        assumeTrue(Files.isReadable(rivers) && Files.isReadable(NaturalEarthCountries.FILE),
                "Skipped: " + DATA.toAbsolutePath().normalize() + " is absent (real-geography test data)");
        CountryIndex countries = CountryIndex.of(NaturalEarthCountries.load(NaturalEarthCountries.FILE));
        WaterBodies water = WaterBodies.of(lakes(DATA.resolve("ne_50m_lakes.geojson")));
        LineNetworkBuilder builder = new LineNetworkBuilder(1).outletHint(new RiverMouths(countries, water));
        try (Reader reader = Files.newBufferedReader(rivers, StandardCharsets.UTF_8)) {
            RiverDataReader.readLines(reader, builder::add);
        }
        RiverNetwork network = builder.build();
        report = builder.report();
        analyzer = new TransboundaryAnalyzer(countries, network, water, TransboundaryAnalyzer.DEFAULT_MAX_SNAP_KM,
                LocationRule.provisionalDefault());
    }

    static List<Geometry> lakes(Path file) throws Exception {
        List<Geometry> lakes = new ArrayList<>();
        GeoJsonReader geometryReader = new GeoJsonReader();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object feature : (JSONArray) ((JSONObject) new JSONParser().parse(reader)).get("features")) {
                lakes.add(geometryReader.read(((JSONObject) ((JSONObject) feature).get("geometry")).toJSONString()));
            }
        }
        return lakes;
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
