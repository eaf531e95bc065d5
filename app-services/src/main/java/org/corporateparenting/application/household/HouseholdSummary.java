package org.corporateparenting.application.household;

import java.time.LocalDate;
import org.corporateparenting.domain.household.HouseholdType;

/**
 * One line of the household register: type, whether approved today, current terms, children placed
 * now, vacancies (places less children placed, never below nought) and the next review due.
 */
public record HouseholdSummary(long id, String householdRef, String name, HouseholdType type, boolean approved,
        String postcode, int places, int ageFrom, int ageTo, long placed, long vacancies, LocalDate nextReviewDue, boolean onHold,
        LocalDate deregisteredOn) {
}
