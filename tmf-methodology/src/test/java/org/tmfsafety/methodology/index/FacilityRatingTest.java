package org.tmfsafety.methodology.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileReader;
import org.tmfsafety.methodology.size.SizeFacts;

/** Rating a facility from its size facts and other inputs, under profile v2 and v1. */
class FacilityRatingTest {

    private static final MethodologyProfile V2 = ProfileReader.builtIn(2);

    private static final Map<String, Object> OTHER = Map.of("waterHazardClass", "WGK3", "managementStatus",
            "OPERATED_SUPERVISED", "floodHazard", "OUTSIDE_FLOOD_AREA", "seismicHazard", "MODERATE", "damCondition",
            "NO_DEFICIENCIES", "transboundarySetting", InputValue.derived("NONE", "TRANSBOUNDARY_SCREENING"));

    @Test
    void aKnownVolumeIsAnInput() {
        FacilityRating.Rated rated = (FacilityRating.Rated) FacilityRating.rate(V2, SizeFacts.ofStoredVolume(1.0e6), OTHER);
        assertThat(rated.size().exact()).isTrue();
        assertThat(rated.thi().low()).isEqualTo(rated.thi().high()).isCloseTo(6 + 3 + 1, within(1e-9));
        assertThat(rated.thi().terms().get(0).basis()).isEqualTo("INPUT");
        assertThat(rated.thi().terms()).as("THI reads only its own inputs").hasSize(6);
        assertThat(rated.tri().terms().get(9)).extracting(Term::code, Term::basis, Term::basisDetail)
            .containsExactly("TRANS", "DERIVED", "TRANSBOUNDARY_SCREENING");
        assertThat(rated.tri().low()).isCloseTo(10, within(1e-9));
        assertThat(rated.tri().high()).as("POP 5, WATER 1, PROT 1, DIST 2 unknown").isCloseTo(19, within(1e-9));
    }

    @Test
    void aMissingVolumeIsEstimatedAndTheEstimateIsInTheTrail() {
        SizeFacts facts = new SizeFacts(null, null, 1.2e7, null, null, null, null, null);
        FacilityRating.Rated rated = (FacilityRating.Rated) new FacilityRating(V2).rate(facts, OTHER);
        assertThat(rated.size().method()).isEqualTo("STORED_TONNAGE");
        Term cap = rated.thi().terms().get(0);
        assertThat(cap.basis()).isEqualTo("ESTIMATE");
        assertThat(cap.basisDetail()).isEqualTo("STORED_TONNAGE");
        assertThat(cap.lowPoints()).isCloseTo(Math.log10(1.2e7 / 1.7), within(1e-12));
        assertThat(cap.highPoints()).isCloseTo(7, within(1e-12));
        assertThat(cap.parameters()).containsEntry("storedTonnageT", 1.2e7).containsEntry("dryDensityHigh", 1.7);
        assertThat(rated.thi().completeness()).isLessThan(1).isGreaterThan(0.98);
    }

    @Test
    void aFacilityWithoutSizeInformationIsNotRateable() {
        SizeFacts facts = new SizeFacts(null, null, null, null, 22.8, null, null, null);
        assertThat(FacilityRating.rate(V2, facts, OTHER)).isInstanceOf(FacilityRating.NoSizeInformation.class);
        assertThat(FacilityRating.rate(ProfileReader.builtIn(1), new SizeFacts(null, 2.6e6, null, null, null, null, null, null),
                Map.of())).as("v1 has no size rules and estimates nothing").isInstanceOf(FacilityRating.NoSizeInformation.class);
    }

    @Test
    void theVolumeComesOnlyFromTheSizeFactsAndBadInputsAreListed() {
        assertThatThrownBy(() -> FacilityRating.rate(V2, SizeFacts.ofStoredVolume(1.0e6), Map.of("storedVolumeM3", 5.0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("storedVolumeM3");
        assertThatThrownBy(() -> FacilityRating.rate(V2, SizeFacts.ofStoredVolume(1.0e6), Map.of("damCondition", "BROKEN")))
            .isInstanceOfSatisfying(InvalidInputsException.class,
                    e -> assertThat(e.errors()).extracting(InputError::input).containsExactly("damCondition"));
    }

}
