package org.tmfsafety.geo.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Country and border distance on real geography: Natural Earth 1:50m countries from ../shared/data (not shipped
 * with the product). Skipped, with a message, where that folder is absent.
 */
class NaturalEarthBordersTest {

    private static CountryIndex index;

    private static Map<String, Geometry> geometries;

    @BeforeAll
    static void load() throws Exception {
        Path file = NaturalEarthCountries.FILE;
        assumeTrue(Files.isReadable(file),
                "Skipped: " + file.toAbsolutePath().normalize() + " is absent (real-geography test data)");
        geometries = NaturalEarthCountries.load(file);
        index = CountryIndex.of(geometries);
    }

    @Test
    void locatesCentralAsianCities() {
        assertThat(index.countryAt(50.41, 80.23)).as("Semey").contains("KAZ");
        assertThat(index.countryAt(41.31, 69.28)).as("Tashkent").contains("UZB");
        assertThat(index.countryAt(42.87, 74.59)).as("Bishkek").contains("KGZ");
        assertThat(index.countryAt(38.56, 68.77)).as("Dushanbe").contains("TJK");
        assertThat(index.countryAt(43.0, 50.0)).as("Caspian Sea").isEmpty();
        assertThat(index.borderEdgeCount()).isGreaterThan(10_000);
    }

    @Test
    void bishkekLiesCloseToTheKazakhBorder() {
        // The Chu, the border river here, runs about 20 km north of Bishkek.
        BorderProximity bishkek = index.nearestBorder(42.87, 74.59).orElseThrow();
        assertThat(bishkek.foreignCountry()).isEqualTo("KAZ");
        assertThat(bishkek.distanceKm()).isBetween(15.0, 25.0);
    }

    @Test
    void ustKamenogorskLiesNearerToRussiaThanToChina() {
        BorderProximity oskemen = index.nearestBorder(49.95, 82.61).orElseThrow();
        assertThat(oskemen.country()).isEqualTo("KAZ");
        assertThat(oskemen.foreignCountry()).isEqualTo("RUS");
        assertThat(oskemen.distanceKm()).isBetween(80.0, 160.0);
    }

    @Test
    void theNearestBorderPointIsOnTheBorderAndAtTheReportedDistance() {
        BorderProximity tashkent = index.nearestBorder(41.31, 69.28).orElseThrow();
        assertThat(tashkent.foreignCountry()).isEqualTo("KAZ");
        assertThat(tashkent.distanceKm()).isBetween(10.0, 25.0);
        assertThat(Geodesy.distanceKm(41.31, 69.28, tashkent.borderLatitude(), tashkent.borderLongitude()))
            .isEqualTo(tashkent.distanceKm());
        // A point 100 m inside each side of the reported border point belongs to the two countries.
        double dLat = tashkent.borderLatitude() - 41.31;
        double dLon = tashkent.borderLongitude() - 69.28;
        double scale = 0.1 / tashkent.distanceKm();
        assertThat(index.countryAt(tashkent.borderLatitude() - dLat * scale, tashkent.borderLongitude() - dLon * scale))
            .contains("UZB");
        assertThat(index.countryAt(tashkent.borderLatitude() + dLat * scale, tashkent.borderLongitude() + dLon * scale))
            .contains("KAZ");
    }

    @Test
    void almatyLiesCloseToKyrgyzstan() {
        BorderProximity almaty = index.nearestBorder(43.24, 76.89).orElseThrow();
        assertThat(almaty.foreignCountry()).isEqualTo("KGZ");
        assertThat(almaty.distanceKm()).isBetween(20.0, 40.0);
    }

    @Test
    void distancesAreGeodesicNotDegrees() {
        // Atyrau to the Russian border runs mostly east-west at 47°N, where a degree of longitude is 76 km, not 111.
        BorderProximity atyrau = index.nearestBorder(47.10, 51.90).orElseThrow();
        assertThat(atyrau.foreignCountry()).isEqualTo("RUS");
        assertThat(atyrau.distanceKm()).isBetween(200.0, 240.0);
        double inDegrees = Math.hypot(atyrau.borderLatitude() - 47.10, atyrau.borderLongitude() - 51.90) * 111.32;
        assertThat(inDegrees / atyrau.distanceKm()).as("error of a distance in degrees").isGreaterThan(1.3);
    }

    @Test
    void agreesWithAnExhaustiveSearchOverBordersFoundByOverlay() {
        // Independent check of the edge matching and the windowed, sphere-preselected search: borders taken as the
        // JTS intersection of the two countries' boundaries, every segment measured on the ellipsoid.
        Map<String, List<LineSegmentOf>> bordersOf = new HashMap<>();
        Random random = new Random(7);
        int checked = 0;
        while (checked < 150) {
            double latitude = 37 + random.nextDouble() * 18;
            double longitude = 50 + random.nextDouble() * 35;
            Optional<BorderProximity> found = index.nearestBorder(latitude, longitude);
            Optional<String> country = index.countryAt(latitude, longitude);
            if (country.isEmpty() || !List.of("KAZ", "UZB", "KGZ", "TJK", "TKM").contains(country.get())) {
                continue;
            }
            List<LineSegmentOf> borders = bordersOf.computeIfAbsent(country.get(), NaturalEarthBordersTest::bordersByOverlay);
            double best = Double.POSITIVE_INFINITY;
            String across = null;
            for (LineSegmentOf border : borders) {
                double[] nearest = Geodesy.nearestOnSegment(latitude, longitude, border.a().y, border.a().x,
                        border.b().y, border.b().x);
                double distance = Geodesy.distanceKm(latitude, longitude, nearest[0], nearest[1]);
                if (distance < best) {
                    best = distance;
                    across = border.country();
                }
            }
            assertThat(found).as("%s, %s", latitude, longitude).isPresent();
            assertThat(found.get().distanceKm()).as("%s, %s", latitude, longitude).isCloseTo(best, within(1e-6));
            assertThat(found.get().foreignCountry()).isEqualTo(across);
            checked++;
        }
    }

    private record LineSegmentOf(Coordinate a, Coordinate b, String country) {
    }

    private static List<LineSegmentOf> bordersByOverlay(String country) {
        Geometry own = geometries.get(country);
        List<LineSegmentOf> segments = new ArrayList<>();
        geometries.forEach((other, geometry) -> {
            if (!other.equals(country) && own.getEnvelopeInternal().intersects(geometry.getEnvelopeInternal())) {
                Geometry shared = own.getBoundary().intersection(geometry.getBoundary());
                for (int i = 0; i < shared.getNumGeometries(); i++) {
                    Coordinate[] line = shared.getGeometryN(i).getCoordinates();
                    for (int j = 1; j < line.length; j++) {
                        segments.add(new LineSegmentOf(line[j - 1], line[j], other));
                    }
                }
            }
        });
        return segments;
    }
}
