package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.junit.jupiter.api.Test;

class FosteringIndicatorsTest {

    private final Cases cases = new Cases();

    private FosterHousehold household(String ref, HouseholdType type, String approved, LegalBasis basis) {
        FosterHousehold h = cases.add(new FosterHousehold(cases.council, ref, "Household " + ref, type, Cases.d(approved)));
        cases.add(new ApprovalTerms(h, Cases.d(approved), basis, 2, 0, 17, "Approval"));
        return h;
    }

    @Test
    void householdsApprovedAtMonthEndByType() {
        FosterHousehold mainstream = household("M1", HouseholdType.MAINSTREAM, "2019-01-01", LegalBasis.FULL);
        household("M2", HouseholdType.MAINSTREAM, "2021-10-31", LegalBasis.FULL);
        FosterHousehold connected = household("C1", HouseholdType.CONNECTED_PERSON, "2021-06-01", LegalBasis.TEMPORARY_REG24);
        cases.add(new ApprovalTerms(connected, Cases.d("2021-10-05"), LegalBasis.FULL, 1, 5, 10, "Full approval"));
        FosterHousehold resigned = household("M3", HouseholdType.MAINSTREAM, "2018-01-01", LegalBasis.FULL);
        resigned.deregister(Cases.d("2021-10-15"), DeregistrationReason.RESIGNED_RETIREMENT);
        FosterHousehold ended = household("F1", HouseholdType.FOSTER_FOR_ADOPTION, "2018-01-01", LegalBasis.FULL);
        ended.deregister(Cases.d("2021-10-20"), DeregistrationReason.SERVICE_TERMINATION);
        Child placed = cases.child("2012-01-01");
        cases.episode(placed, "2020-01-01", null, "S", "U5", null).placeWith("PR1", null, mainstream);
        Child withFamily = cases.child("2012-01-01");
        cases.episode(withFamily, "2021-06-01", null, "S", "U2", null).placeWith("PR1", null, connected);

        cases.assertCount("FC_HOUSEHOLDS", "2021-10", 3);
        cases.assertCount("FC_HOUSEHOLDS", "2021-09", 4);
        cases.assertCount("FC_MAINSTREAM_HOUSEHOLDS", "2021-10", 2);
        cases.assertCount("FC_CONNECTED_HOUSEHOLDS", "2021-10", 1);
        cases.assertCount("FC_CIC_MAINSTREAM_INHOUSE", "2021-10", 1);
        cases.assertCount("FC_CIC_CONNECTED_INHOUSE", "2021-10", 1);
        cases.assertCount("FC_NEW_MAINSTREAM", "2021-10", 1);
        cases.assertCount("FC_NEW_CONNECTED", "2021-10", 1);
        cases.assertCount("FC_NEW_TEMPORARY", "2021-06", 1);
        cases.assertCount("FC_NEW_TEMPORARY", "2021-10", 0);
        cases.assertCount("FC_NEW_FTA", "2021-10", 0);
        cases.assertCount("FC_RECRUITED_TOTAL", "2021-10", 2);
        cases.assertCount("FC_RESIGNED", "2021-10", 1);
        cases.assertCount("FC_DEREGISTERED", "2021-10", 1);
        cases.assertCount("FC_DEREG_RESIGNED_MAINSTREAM", "2021-10", 1);
        cases.assertCount("FC_DEREG_RESIGNED_CONNECTED", "2021-10", 0);
        cases.assertCount("FC_DEREG_RESIGNED_FTA", "2021-10", 1);
        cases.assertShare("FC_UTILISATION_MAINSTREAM", "2021-10", 1, 2);
    }

    @Test
    void visitsAreUpToDateWithinTheVisitStandard() {
        FosterHousehold visited = household("M1", HouseholdType.MAINSTREAM, "2019-01-01", LegalBasis.FULL);
        cases.add(new SupervisoryVisit(visited, Cases.d("2021-09-20"), false, "sw"));
        FosterHousehold overdue = household("M2", HouseholdType.MAINSTREAM, "2019-01-01", LegalBasis.FULL);
        cases.add(new SupervisoryVisit(overdue, Cases.d("2021-09-19"), false, "sw"));
        household("M3", HouseholdType.MAINSTREAM, "2021-10-01", LegalBasis.FULL);

        cases.assertShare("FC_VISITS_UPTODATE", "2021-10", 1, 2);
    }

    @Test
    void applicantsInAssessmentUntilApprovedOrClosed() {
        FosteringEnquiry assessing = cases.add(new FosteringEnquiry(cases.council, "E1", "web", Cases.d("2021-01-01")));
        assessing.reach(EnquiryStage.ASSESSMENT, Cases.d("2021-03-01"));
        FosteringEnquiry approved = cases.add(new FosteringEnquiry(cases.council, "E2", "web", Cases.d("2021-01-01")));
        approved.reach(EnquiryStage.ASSESSMENT, Cases.d("2021-03-01"));
        approved.reach(EnquiryStage.APPROVED, Cases.d("2021-10-10"));
        FosteringEnquiry withdrawn = cases.add(new FosteringEnquiry(cases.council, "E3", "web", Cases.d("2021-01-01")));
        withdrawn.reach(EnquiryStage.ASSESSMENT, Cases.d("2021-03-01"));
        withdrawn.close(Cases.d("2021-09-30"), "Withdrew");

        cases.assertCount("FC_APPLICANTS_IN_ASSESSMENT", "2021-10", 1);
        cases.assertCount("FC_APPLICANTS_IN_ASSESSMENT", "2021-09", 2);
    }
}
