package org.corporateparenting.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

class PlacementMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private final Council council = new Council("999", "Test (fictional)");
    private final FosterHousehold mainstream = new FosterHousehold(council, "H1", "Test household", HouseholdType.MAINSTREAM,
            LocalDate.of(2020, 1, 1));
    private final FosterHousehold connected = new FosterHousehold(council, "H2", "Family", HouseholdType.CONNECTED_PERSON,
            LocalDate.of(2020, 1, 1));

    private ApprovalTerms terms(FosterHousehold h, int places, int ageFrom, int ageTo) {
        return new ApprovalTerms(h, LocalDate.of(2020, 1, 1), LegalBasis.FULL, places, ageFrom, ageTo, "Approval");
    }

    private static ExemptionDetails exemption(ExemptionBasis basis) {
        return new ExemptionDetails(basis, "Sibling group kept together overnight", "Pat Okafor", "Head of Service", ON);
    }

    private List<FieldError> check(FosterHousehold h, ApprovalTerms t, int age, boolean named, long others, ExemptionDetails e) {
        return PlacementMatch.check(h, t, ON, age, named, others, e, TODAY);
    }

    @Test
    void aChildWithinThePlacesAndAgesIsAdmitted() {
        assertThat(check(mainstream, terms(mainstream, 2, 0, 18), 7, false, 1, null)).isEmpty();
    }

    @Test
    void aFourthChildInAOnePlaceHouseholdIsRefusedNamingTheUsualFosteringLimit() {
        assertThat(check(mainstream, terms(mainstream, 1, 0, 18), 7, false, 3, null)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("householdId");
            assertThat(e.message()).contains("4 children", "usual fostering limit of three", "Sch. 7");
        });
        assertThat(check(mainstream, terms(mainstream, 1, 0, 18), 7, false, 3, exemption(ExemptionBasis.TERMS_OF_APPROVAL)))
                .as("an exception to the terms does not lift the usual fostering limit").extracting(FieldError::field)
                .containsExactly("householdId");
        assertThat(check(mainstream, terms(mainstream, 1, 0, 18), 7, false, 3, exemption(ExemptionBasis.USUAL_FOSTERING_LIMIT)))
                .isEmpty();
    }

    @Test
    void aSecondChildInAOnePlaceHouseholdNeedsAnExceptionToTheTerms() {
        assertThat(check(mainstream, terms(mainstream, 1, 0, 18), 7, false, 1, null)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("approved for 1 place", "2 children"));
        assertThat(check(mainstream, terms(mainstream, 1, 0, 18), 7, false, 1, exemption(ExemptionBasis.TERMS_OF_APPROVAL)))
                .isEmpty();
    }

    @Test
    void aChildOutsideTheApprovedAgesIsRefusedUnlessTheTermsAreExcepted() {
        assertThat(check(mainstream, terms(mainstream, 2, 0, 4), 12, false, 0, null)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("aged 0 to 4", "the child is 12"));
        assertThat(check(mainstream, terms(mainstream, 2, 0, 4), 12, false, 0, exemption(ExemptionBasis.USUAL_FOSTERING_LIMIT)))
                .hasSize(1);
        assertThat(check(mainstream, terms(mainstream, 2, 0, 4), 12, false, 0, exemption(ExemptionBasis.TERMS_OF_APPROVAL)))
                .isEmpty();
    }

    @Test
    void aConnectedPersonTakesOnlyTheNamedChildAndNoExemptionChangesThat() {
        assertThat(check(connected, terms(connected, 2, 0, 18), 7, false, 0, exemption(ExemptionBasis.TERMS_OF_APPROVAL)))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("connected person", "named"));
        assertThat(check(connected, terms(connected, 2, 0, 18), 7, true, 0, null)).isEmpty();
    }

    @Test
    void anExemptionNamesItsReasonWhoAgreedItAndWhenAndIsOnlyForAPlacementThatNeedsOne() {
        ExemptionDetails blank = new ExemptionDetails(ExemptionBasis.USUAL_FOSTERING_LIMIT, " ", null, "", TODAY.plusDays(1));
        assertThat(check(mainstream, terms(mainstream, 1, 0, 18), 7, false, 3, blank)).extracting(FieldError::field)
                .containsExactly("exemptionReason", "exemptionAgreedBy", "exemptionAgreedByRole", "exemptionAgreedOn");
        assertThat(check(mainstream, terms(mainstream, 3, 0, 18), 7, false, 0, exemption(ExemptionBasis.TERMS_OF_APPROVAL)))
                .extracting(FieldError::field).containsExactly("exemptionBasis");
    }

    @Test
    void noTermsInForceIsRefused() {
        assertThat(check(mainstream, null, 7, false, 0, null)).extracting(FieldError::message)
                .singleElement().asString().contains("no terms of approval in force");
    }
}
