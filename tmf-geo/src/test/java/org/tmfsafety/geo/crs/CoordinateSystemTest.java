package org.tmfsafety.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tmfsafety.geo.crs.CoordinateSystem.Hemisphere;
import org.tmfsafety.geo.crs.CoordinateSystem.Kind;
import org.tmfsafety.geo.crs.CoordinateSystemException.Reason;

/** The factories, ids and refusals of coordinate systems. */
class CoordinateSystemTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "WGS84", "UTM:43N", "UTM:1N", "UTM:60S", "UTM-ROW:N", "UTM-ROW:S", "GK:4", "GK:13",
            "GK:32", "GK-PREFIX", "EPSG:32643", "EPSG:4284", "EPSG:2502" })
    void idsReadBackToEqualSystems(String id) {
        CoordinateSystem system = CoordinateSystem.parse(id);
        assertThat(system.id()).isEqualTo(id);
        assertThat(system.toString()).isEqualTo(id);
        assertThat(CoordinateSystem.parse(system.id())).isEqualTo(system).hasSameHashCodeAs(system);
    }

    @Test
    void factoriesDescribeTheirSystem() {
        CoordinateSystem utm = CoordinateSystem.utm(43, Hemisphere.NORTH);
        assertThat(utm.id()).isEqualTo("UTM:43N");
        assertThat(utm.kind()).isEqualTo(Kind.UTM);
        assertThat(utm.zone()).hasValue(43);
        assertThat(utm.hemisphere()).contains(Hemisphere.NORTH);
        assertThat(utm.epsgCode()).hasValue(32643);
        assertThat(CoordinateSystem.utm(12, Hemisphere.SOUTH).epsgCode()).hasValue(32712);

        CoordinateSystem perRow = CoordinateSystem.utmZonePerRow(Hemisphere.SOUTH);
        assertThat(perRow.id()).isEqualTo("UTM-ROW:S");
        assertThat(perRow.zone()).isEmpty();
        assertThat(perRow.epsgCode()).isEmpty();
        assertThat(perRow.isZonePerRow()).isTrue();

        CoordinateSystem gk = CoordinateSystem.gaussKruger(13);
        assertThat(gk.id()).isEqualTo("GK:13");
        assertThat(gk.epsgCode()).hasValue(28413);
        assertThat(gk.hemisphere()).isEmpty();
        assertThat(gk.isZonePerRow()).isFalse();

        assertThat(CoordinateSystem.gaussKrugerZoneFromPrefix().id()).isEqualTo("GK-PREFIX");
        assertThat(CoordinateSystem.gaussKrugerZoneFromPrefix().isZonePerRow()).isTrue();
        assertThat(CoordinateSystem.wgs84().id()).isEqualTo("WGS84");
        assertThat(CoordinateSystem.wgs84().epsgCode()).hasValue(4326);
        assertThat(CoordinateSystem.epsg(32642).id()).isEqualTo("EPSG:32642");
    }

    @Test
    void equalityFollowsTheIdNotTheGeometry() {
        assertThat(CoordinateSystem.parse(" utm:43n ")).isEqualTo(CoordinateSystem.utm(43, Hemisphere.NORTH));
        assertThat(CoordinateSystem.parse("UTM:05N")).isEqualTo(CoordinateSystem.utm(5, Hemisphere.NORTH));
        assertThat(CoordinateSystem.utm(43, Hemisphere.NORTH)).isNotEqualTo(CoordinateSystem.utm(43, Hemisphere.SOUTH))
            .isNotEqualTo(CoordinateSystem.utm(42, Hemisphere.NORTH))
            .isNotEqualTo(CoordinateSystem.epsg(32643));
        assertThat(CoordinateSystem.gaussKruger(13)).isNotEqualTo(CoordinateSystem.epsg(28413))
            .isNotEqualTo(CoordinateSystem.gaussKrugerZoneFromPrefix());
        assertThat(CoordinateSystem.wgs84()).isNotEqualTo(CoordinateSystem.epsg(4326));
    }

    @Test
    void knowsWhichSystemsHoldDegrees() {
        assertThat(CoordinateSystem.wgs84().isGeographic()).isTrue();
        assertThat(CoordinateSystem.epsg(4284).isGeographic()).isTrue();
        assertThat(CoordinateSystem.epsg(32643).isGeographic()).isFalse();
        assertThat(CoordinateSystem.utm(43, Hemisphere.NORTH).isGeographic()).isFalse();
        assertThat(CoordinateSystem.gaussKrugerZoneFromPrefix().isGeographic()).isFalse();
    }

    @Test
    void readsEachEpsgDefinitionOnce() {
        assertThat(EpsgCatalogue.system(28413)).isSameAs(EpsgCatalogue.system(28413));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | MALFORMED_ID",
            "WGS 84 | MALFORMED_ID",
            "UTM:43 | MALFORMED_ID",
            "UTM:43X | MALFORMED_ID",
            "UTM:143N | MALFORMED_ID",
            "UTM-ROW: | MALFORMED_ID",
            "GK: | MALFORMED_ID",
            "GK-ROW | MALFORMED_ID",
            "EPSG:abc | MALFORMED_ID",
            "EPSG:-4326 | MALFORMED_ID",
            "4326 | MALFORMED_ID",
            "UTM:0N | ZONE_OUT_OF_RANGE",
            "UTM:61S | ZONE_OUT_OF_RANGE",
            "GK:3 | ZONE_OUT_OF_RANGE",
            "GK:33 | ZONE_OUT_OF_RANGE",
            "EPSG:999999 | UNKNOWN_EPSG_CODE",
            "EPSG:1 | UNKNOWN_EPSG_CODE",
            "EPSG:4978 | UNSUPPORTED_EPSG_CODE",
            "EPSG:3901 | UNSUPPORTED_EPSG_CODE" })
    void refusesWhatItCannotUseWithAReason(String id, Reason reason) {
        assertThatThrownBy(() -> CoordinateSystem.parse(id)).isInstanceOfSatisfying(CoordinateSystemException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void refusesNullAndZonesOutOfRangeFromTheFactories() {
        assertThatThrownBy(() -> CoordinateSystem.parse(null)).isInstanceOfSatisfying(CoordinateSystemException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_ID));
        assertThatThrownBy(() -> CoordinateSystem.utm(61, Hemisphere.NORTH))
            .isInstanceOfSatisfying(CoordinateSystemException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.ZONE_OUT_OF_RANGE));
        assertThatThrownBy(() -> CoordinateSystem.gaussKruger(3))
            .isInstanceOfSatisfying(CoordinateSystemException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.ZONE_OUT_OF_RANGE));
        assertThatThrownBy(() -> CoordinateSystem.epsg(123456789))
            .isInstanceOfSatisfying(CoordinateSystemException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EPSG_CODE);
                assertThat(e.text()).isEqualTo("EPSG:123456789");
            });
    }

}
