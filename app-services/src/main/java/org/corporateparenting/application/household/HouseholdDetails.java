package org.corporateparenting.application.household;

import java.time.LocalDate;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;

/** A newly approved household and its first terms, as a person records them. */
public record HouseholdDetails(String householdRef, String name, HouseholdType type, LocalDate approvedOn,
        String postcode, LegalBasis legalBasis, int places, int ageFrom, int ageTo) {
}
