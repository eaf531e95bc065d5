package org.corporateparenting.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OC3 lists as the DfE's current ones: activities F4, P4, F5 and P5 not F3 and P3; S1 and X1 not from 2022-23. */
class Oc3CodesTest {

    private static final CollectionYear Y2021 = new CollectionYear(2021);
    private static final CollectionYear Y2025 = new CollectionYear(2025);

    @Test
    void activitiesAreTheCurrentList() {
        assertThat(Oc3Codes.ACTIVITY.codesIn(Y2025)).extracting(Code::value)
                .containsExactly("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6");
        assertThat(Oc3Codes.ACTIVITY.isValid("F3", Y2025)).isFalse();
        assertThat(Oc3Codes.EET).as("earlier years' F3 stays counted as EET").contains("F4", "P5", "F3").doesNotContain("G4", "G6");
    }

    @Test
    void accommodationIsATypeAndSuitability() {
        assertThat(Oc3Codes.isValidAccommodation("U1", Y2025)).isTrue();
        assertThat(Oc3Codes.isValidAccommodation("S2", Y2025)).isTrue();
        assertThat(Oc3Codes.isValidAccommodation("U3", Y2025)).isFalse();
        assertThat(Oc3Codes.isValidAccommodation("A1", Y2025)).isFalse();
        assertThat(Oc3Codes.isValidAccommodation("U", Y2025)).isFalse();
        assertThat(Oc3Codes.isValidAccommodation(null, Y2025)).isFalse();
    }

    @Test
    void noFixedAbodeAndCustodyAreNeverSuitableFrom2022() {
        assertThat(Oc3Codes.isValidAccommodation("S1", Y2021)).isTrue();
        assertThat(Oc3Codes.isValidAccommodation("X1", Y2021)).isTrue();
        assertThat(Oc3Codes.isValidAccommodation("S1", new CollectionYear(2022))).isFalse();
        assertThat(Oc3Codes.isValidAccommodation("X1", Y2025)).isFalse();
        assertThat(Oc3Codes.isValidAccommodation("X2", Y2025)).isTrue();
    }

    @Test
    void accommodationReadsAsItsWordsWithTheCodeAndWhetherItIsSuitable() {
        assertThat(Oc3Codes.accommodationWords("C1")).isEqualTo("C1 Community home or other form of residential care (suitable)");
        assertThat(Oc3Codes.accommodationWords("Z2")).isEqualTo("Z2 With former foster carers (not suitable)");
        assertThat(Oc3Codes.accommodationWords("Q1")).as("a letter the list does not know").isEqualTo("Q1");
        assertThat(Oc3Codes.accommodationWords("C")).as("no suitability").isEqualTo("C");
        assertThat(Oc3Codes.accommodationWords(null)).isEmpty();
    }
}
