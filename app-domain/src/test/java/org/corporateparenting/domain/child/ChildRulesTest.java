package org.corporateparenting.domain.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class ChildRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static ChildDetails details(String upn, String postcode, String nhs) {
        return new ChildDetails("C1", "Test", "Child", "1", LocalDate.of(2015, 1, 1), "WBRI", upn, postcode, nhs);
    }

    @Test
    void nhsNumbersCarryAModulusElevenCheckDigit() {
        // 943 476 5919 is the NHS Data Dictionary's worked example; 943 476 5918 changes the check digit.
        assertThat(ChildRules.validNhsNumber("9434765919")).isTrue();
        assertThat(ChildRules.validNhsNumber("9434765918")).isFalse();
        assertThat(ChildRules.validNhsNumber("943476591")).isFalse();
        assertThat(ChildRules.check(details(null, null, "943 476 5919"), TODAY)).isEmpty();
        assertThat(ChildRules.check(details(null, null, "1234567890"), TODAY)).extracting(FieldError::field)
                .containsExactly("nhsNumber");
    }

    @Test
    void upnAndPostcodeHaveTheirNationalFormats() {
        assertThat(ChildRules.check(details("A12345678901B", "KV1 2AB", null), TODAY)).isEmpty();
        assertThat(ChildRules.check(details("12345", "NOT A CODE", null), TODAY)).extracting(FieldError::field)
                .containsExactly("upn", "homePostcode");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(ChildRules.check(new ChildDetails(null, " ", null, "3", null, "XXXX", null, null, null), TODAY))
                .extracting(FieldError::field).containsExactly("childRef", "forename", "surname", "sex", "dateOfBirth", "ethnicity");
    }

    @Test
    void aChildReferenceMayCarryTheHyphensAndUnderscoresOfCouncilsCaseSystemsButNoSpacesOrMoreThanTenCharacters() {
        for (String fits : new String[] {"C1", "AB_1234-56", "0000000001"}) {
            assertThat(ChildRules.check(new ChildDetails(fits, "Test", "Child", "1", LocalDate.of(2015, 1, 1), "WBRI", null,
                    null, null), TODAY)).as(fits).isEmpty();
        }
        for (String refused : new String[] {"AB 12", "ABCDEFGHIJK", "=1+1", ""}) {
            assertThat(ChildRules.check(new ChildDetails(refused, "Test", "Child", "1", LocalDate.of(2015, 1, 1), "WBRI", null,
                    null, null), TODAY)).as(refused).singleElement().satisfies(e -> {
                        assertThat(e.field()).isEqualTo("childRef");
                        assertThat(e.message()).isEqualTo("Child reference must be 1 to 10 letters, digits, hyphens or underscores.");
                    });
        }
    }
}
