package org.corporateparenting.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodeListTest {

    private static final CollectionYear Y2022 = new CollectionYear(2022);
    private static final CollectionYear Y2023 = new CollectionYear(2023);

    @Test
    void collectionYearsRunFromAprilToMarch() {
        assertThat(CollectionYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(Y2023);
        assertThat(CollectionYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(new CollectionYear(2024));
        assertThat(Y2023.label()).isEqualTo("2023-24");
        assertThat(new CollectionYear(1999).label()).isEqualTo("1999-00");
        assertThat(Y2023.start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(Y2023.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void semiIndependentAndIndependentLivingAreLastValidIn2023To24() {
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("H5", Y2023)).isTrue();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("P2", Y2023)).isTrue();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("H5", new CollectionYear(2024))).isFalse();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("P2", new CollectionYear(2024))).isFalse();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.explain("H5", new CollectionYear(2024)))
                .isEqualTo("placement type code H5 was withdrawn after 2023-24, so it is not valid in 2024-25.");
    }

    @Test
    void supportedAccommodationArrivesIn2024To25AndZ1IsSplitIn2025To26() {
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("K3", Y2023)).isFalse();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("K3", new CollectionYear(2024))).isTrue();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.explain("K3", Y2023))
                .isEqualTo("placement type code K3 is valid only from 2024-25, not in 2023-24.");
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("Z1", new CollectionYear(2024))).isTrue();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("Z1", new CollectionYear(2025))).isFalse();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("Z14", new CollectionYear(2024))).isFalse();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.codesIn(new CollectionYear(2025))).extracting(Code::value)
                .contains("K3", "Z11", "Z12", "Z13", "Z14").doesNotContain("H5", "P2", "Z1");
    }

    @Test
    void yearsBeforeTheFirstHeldListAreJudgedByIt() {
        assertThat(Ssda903Codes.LEGAL_STATUS.isValid("C2", new CollectionYear(2010))).isTrue();
        assertThat(Ssda903Codes.PLACEMENT_TYPE.isValid("K3", new CollectionYear(2010))).isFalse();
    }

    @Test
    void unknownCodesAreNamed() {
        assertThat(Ssda903Codes.LEGAL_STATUS.isValid("C9", Y2023)).isFalse();
        assertThat(Ssda903Codes.LEGAL_STATUS.explain("C9", Y2023)).isEqualTo("'C9' is not a legal status code.");
    }

    @Test
    void adoptersLegalStatusesSayWhatRules514To524Read() {
        assertThat(PermanenceCodes.ADOPTERS_LEGAL_STATUS.find("L2").orElseThrow().label()).contains("civil partnership");
        assertThat(PermanenceCodes.ADOPTERS_LEGAL_STATUS.find("L12").orElseThrow().label()).contains("married", "same sex");
        assertThat(PermanenceCodes.ADOPTERS_LEGAL_STATUS.find("L3").orElseThrow().label()).contains("different sexes");
        assertThat(PermanenceCodes.ADOPTERS_LEGAL_STATUS.find("L4").orElseThrow().label()).contains("same sex");
    }
}
