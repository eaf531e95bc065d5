package org.corporateparenting.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SEX list's change of coding in 2024-25 and the local authority codes of councils reorganised. */
class SexAndLocalAuthorityCodesTest {

    private static final CollectionYear Y2023 = new CollectionYear(2023);
    private static final CollectionYear Y2024 = new CollectionYear(2024);

    @Test
    void sexIsCodedOneAndTwoTo2023AndMFUFrom2024() {
        assertThat(Ssda903Codes.SEX.codesIn(Y2023)).extracting(Code::value).containsExactly("1", "2");
        assertThat(Ssda903Codes.SEX.codesIn(Y2024)).extracting(Code::value).containsExactly("M", "F", "U");
        assertThat(Ssda903Codes.SEX.explain("1", Y2024)).isEqualTo("sex code 1 was withdrawn after 2023-24, so it is not valid in 2024-25.");
        assertThat(Ssda903Codes.ALL).contains(Ssda903Codes.SEX);
    }

    @Test
    void councilsSinceReorganisedKeepTheirCodesBesideTheirSuccessors() {
        assertThat(LocalAuthorityCodes.isValid("855")).isTrue();
        assertThat(LocalAuthorityCodes.isValid("941")).isTrue();
        assertThat(LocalAuthorityCodes.isValid("909")).isTrue();
        assertThat(LocalAuthorityCodes.isValid("943")).isTrue();
        assertThat(LocalAuthorityCodes.isValid("WAL")).isTrue();
        assertThat(LocalAuthorityCodes.isValid("458")).isFalse();
        assertThat(LocalAuthorityCodes.isValid("")).isFalse();
    }
}
