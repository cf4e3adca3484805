package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.TestIndexClasses;

class FacilitySearchTest {

    @Test
    void sortsByCodeUnlessAKnownFieldIsGiven() {
        FacilitySearch search = new FacilitySearch();
        assertThat(search.sortColumn()).isEqualTo(FacilitySort.CODE);
        search.setSort("storedVolumeM3,desc");
        assertThat(search.sortColumn()).isEqualTo(FacilitySort.STORED_VOLUME);
        assertThat(search.descending()).isTrue();
        assertThat(search.hasValidSort()).isTrue();
        search.setSort("storedVolumeM3,down");
        assertThat(search.hasValidSort()).isFalse();
        search.setSort("volume");
        assertThat(search.hasValidSort()).isFalse();
    }

    @Test
    void sortsNamesByTheNameShownInTheLanguage() {
        assertThat(FacilitySort.NAME.column(Locale.forLanguageTag("kk"))).contains("name_kk");
        assertThat(FacilitySort.NAME.column(Locale.ENGLISH)).isEqualTo("f.name");
    }

    @Test
    void buildsLinksThatKeepTheFilters() {
        FacilitySearch search = new FacilitySearch();
        search.setQ("Риддер & Co");
        search.setCountry("kaz");
        search.setStatus(FacilityStatus.ACTIVE);
        assertThat(search.pageQuery(2)).isEqualTo("?q=%D0%A0%D0%B8%D0%B4%D0%B4%D0%B5%D1%80%20%26%20Co&country=KAZ&status=ACTIVE&page=2");
        assertThat(search.sortQuery("name")).endsWith("&sort=name");
        search.setSort("name");
        assertThat(search.sortQuery("name")).as("second click sorts descending").endsWith("&sort=name,desc");
        assertThat(search.sortState("name")).isEqualTo("asc");
        assertThat(search.sortState("code")).isNull();
        assertThat(new FacilitySearch().pageQuery(0)).isEmpty();
    }

    @Test
    void reportsUnknownCountriesAndSortFields() {
        FacilitySearch search = new FacilitySearch();
        search.setCountry("XYZ");
        search.setSort("colour");
        Errors errors = new BeanPropertyBindingResult(search, "search");
        search.check(errors, new Countries(), TestIndexClasses.create());
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("country", "sort");
        assertThat(errors.getFieldError("country").getCode()).isEqualTo("facility.country.unknown");
    }

    @Test
    void acceptsOnlyTheClassesOfTheDefaultProfileNamingThemInTheError() {
        FacilitySearch search = new FacilitySearch();
        search.setHazardClass("EXTREME");
        search.setRiskClass("MEDIUM");
        Errors errors = new BeanPropertyBindingResult(search, "search");
        search.check(errors, new Countries(), TestIndexClasses.create());
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("hazardClass");
        assertThat(errors.getFieldError("hazardClass").getCode()).isEqualTo("facility.hazardClass.unknown");
        assertThat(errors.getFieldError("hazardClass").getArguments()).containsExactly("LOW, MEDIUM, HIGH, VERY_HIGH");
        search.setHazardClass("VERY_HIGH");
        search.setRiskClass("low");
        Errors again = new BeanPropertyBindingResult(search, "search");
        search.check(again, new Countries(), TestIndexClasses.create());
        assertThat(again.getFieldErrors()).extracting(e -> e.getField()).as("codes are case-sensitive")
            .containsExactly("riskClass");
    }

}
