package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.junit.jupiter.api.Test;

class AdoptionIndicatorsTest {

    private final Cases cases = new Cases();

    private AdoptionJourney journey(String enteredCare) {
        Child c = cases.inCare("2019-01-01", enteredCare);
        return cases.add(new AdoptionJourney(c, Cases.d(enteredCare)));
    }

    private static void reach(AdoptionJourney j, Milestone m, String on) {
        j.reach(m, Cases.d(on), null);
    }

    @Test
    void adoptionsMatchesAndChildrenWaiting() {
        AdoptionJourney adopted = journey("2020-01-01");
        reach(adopted, Milestone.SHOULD_BE_PLACED, "2020-06-01");
        reach(adopted, Milestone.PLACEMENT_ORDER, "2020-09-01");
        reach(adopted, Milestone.MATCHED, "2020-12-30");
        reach(adopted, Milestone.PLACED, "2021-01-15");
        reach(adopted, Milestone.ADOPTION_ORDER, "2021-10-10");
        AdoptionJourney early = journey("2020-03-01");
        reach(early, Milestone.SHOULD_BE_PLACED, "2020-04-01");
        reach(early, Milestone.PLACEMENT_ORDER, "2020-05-01");
        reach(early, Milestone.EARLY_PERMANENCE, "2020-05-31");
        reach(early, Milestone.MATCHED, "2020-10-28");
        reach(early, Milestone.PLACED, "2020-11-01");
        reach(early, Milestone.ADOPTION_ORDER, "2021-05-01");
        AdoptionJourney waiting = journey("2020-06-01");
        reach(waiting, Milestone.PLACEMENT_ORDER, "2021-02-01");
        AdoptionJourney revoked = journey("2019-06-01");
        reach(revoked, Milestone.PLACEMENT_ORDER, "2020-02-01");
        reach(revoked, Milestone.PLACEMENT_ORDER_REVOKED, "2021-10-01");
        AdoptionJourney placed = journey("2020-02-01");
        reach(placed, Milestone.PLACEMENT_ORDER, "2020-08-01");
        reach(placed, Milestone.MATCHED, "2021-09-01");
        reach(placed, Milestone.PLACED, "2021-09-20");

        cases.assertCount("ADO_ORDERS_MONTH", "2021-10", 1);
        cases.assertCount("ADO_ADOPTED_R12", "2021-10", 2);
        cases.assertCount("ADO_PLACED_PENDING_AO", "2021-10", 1);
        cases.assertCount("ADO_MATCHED_MONTH", "2021-09", 1);
        cases.assertCount("ADO_FAMILY_FINDING", "2021-10", 1);
        cases.assertCount("ADO_FAMILY_FINDING", "2021-09", 2);
        cases.assertCount("ADO_PO_REVOKED_R12", "2021-10", 1);
        // A10: 380 days (placed 15 Jan 2021) and 91 days (early permanence 31 May 2020)
        cases.assertShare("ADO_A10_DAYS", "2021-10", 471, 2);
        assertThat(cases.measure("ADO_A10_DAYS", "2021-10").value()).isEqualTo(235.5);
        cases.assertShare("ADO_A1_DAYS", "2021-10", 380 + 245, 2);
        cases.assertShare("ADO_A2_DAYS", "2021-10", 120 + 180, 2);
        cases.assertCount("ADO_WITHIN_12M_SHOBPA_COUNT", "2021-10", 0);
        cases.assertShare("ADO_WITHIN_12M_SHOBPA_PCT", "2021-10", 0, 2);
        cases.assertShare("ADO_WITHIN_12M_SHOBPA_PCT", "2021-04", 0, 0);
    }

    @Test
    void adopterHouseholdsApprovedAndInAssessment() {
        AdopterHousehold approved = cases.add(new AdopterHousehold(cases.council, "A1", Cases.d("2021-01-01")));
        approved.enter(AdopterHousehold.Stage.STAGE_ONE, Cases.d("2021-02-01"));
        approved.enter(AdopterHousehold.Stage.STAGE_TWO, Cases.d("2021-05-01"));
        approved.enter(AdopterHousehold.Stage.APPROVED, Cases.d("2021-10-12"));
        AdopterHousehold assessing = cases.add(new AdopterHousehold(cases.council, "A2", Cases.d("2021-01-01")));
        assessing.enter(AdopterHousehold.Stage.STAGE_ONE, Cases.d("2021-09-01"));
        cases.add(new AdopterHousehold(cases.council, "A3", Cases.d("2021-01-01")));

        cases.assertCount("ADO_ADOPTERS_APPROVED", "2021-10", 1);
        cases.assertCount("ADO_ADOPTERS_IN_ASSESSMENT", "2021-10", 1);
        cases.assertCount("ADO_ADOPTERS_IN_ASSESSMENT", "2021-09", 2);
    }
}
