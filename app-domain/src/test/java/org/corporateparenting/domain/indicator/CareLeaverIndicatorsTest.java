package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.health.HealthCheck;
import org.junit.jupiter.api.Test;

class CareLeaverIndicatorsTest {

    private final Cases cases = new Cases();

    private CareLeaver leaver(String dateOfBirth) {
        Child c = cases.child(dateOfBirth);
        String eighteen = Cases.d(dateOfBirth).plusYears(18).toString();
        cases.episode(c, Cases.d(dateOfBirth).plusYears(14).toString(), eighteen, "S", "U5", "E17");
        return cases.add(new CareLeaver(c, Eligibility.FORMER_RELEVANT, Cases.d(eighteen)));
    }

    @Test
    void accommodationActivityAndContactOfNineteenToTwentyOneYearOlds() {
        CareLeaver settled = leaver("2001-06-01");
        cases.add(new LivingPeriod(settled, LivingPeriod.Kind.ACCOMMODATION, Cases.d("2021-01-01"), "U", true));
        cases.add(new LivingPeriod(settled, LivingPeriod.Kind.ACTIVITY, Cases.d("2021-01-01"), "F1", null));
        cases.add(new CareLeaverContact(settled, Cases.d("2021-09-10"), ContactMethod.PHONE, true, "pa"));
        CareLeaver unsettled = leaver("2000-06-01");
        cases.add(new LivingPeriod(unsettled, LivingPeriod.Kind.ACCOMMODATION, Cases.d("2021-01-01"), "W", false));
        cases.add(new LivingPeriod(unsettled, LivingPeriod.Kind.ACTIVITY, Cases.d("2021-01-01"), "G5", null));
        cases.add(new CareLeaverContact(unsettled, Cases.d("2021-09-01"), ContactMethod.PHONE, true, "pa"));
        cases.add(new CareLeaverContact(unsettled, Cases.d("2021-10-20"), ContactMethod.PHONE, false, "pa"));
        CareLeaver younger = leaver("2003-06-01");
        cases.add(new LivingPeriod(younger, LivingPeriod.Kind.ACCOMMODATION, Cases.d("2021-07-01"), "X", false));

        cases.assertShare("CL_SUITABLE_ACCOM", "2021-10", 1, 2);
        cases.assertShare("CL_EET", "2021-10", 1, 2);
        cases.assertShare("CL_IN_TOUCH", "2021-10", 1, 2);
        cases.assertCount("CL_UNSUITABLE_COUNT", "2021-10", 2);
        cases.assertCount("CL_BANDB_COUNT", "2021-10", 1);
    }

    @Test
    void pathwayPlansAreUpToDateForSixMonths() {
        CareLeaver current = leaver("2001-06-01");
        cases.add(new PathwayPlan(current, Cases.d("2021-05-01")));
        CareLeaver lapsed = leaver("2001-06-01");
        cases.add(new PathwayPlan(lapsed, Cases.d("2021-04-30")));
        leaver("2001-06-01");

        cases.assertShare("CL_PATHWAY_PLAN_UPTODATE", "2021-10", 1, 3);
        cases.assertShare("CL_PATHWAY_PLAN_HAS", "2021-10", 2, 3);
    }

    @Test
    void oc3BirthdayRecordsOfTheLastTwelveMonths() {
        CareLeaver one = leaver("2001-06-01");
        cases.add(new BirthdayCheck(one, 20, Cases.d("2021-06-01"), "YES", "F3", "U1"));
        cases.add(new BirthdayCheck(one, 19, Cases.d("2020-06-01"), "YES", "G5", "U1"));
        CareLeaver two = leaver("2002-03-01");
        cases.add(new BirthdayCheck(two, 19, Cases.d("2021-03-01"), "YES", "G6", "U1"));
        CareLeaver died = leaver("2000-12-01");
        cases.add(new BirthdayCheck(died, 20, Cases.d("2020-12-01"), "DIED", "0", "0"));

        cases.assertShare("CL_EET_OC3", "2021-10", 1, 2);
    }

    @Test
    void healthPassportsTwoMonthsInArrears() {
        Child due = cases.inCare("2004-02-15", "2018-01-01");
        cases.add(new HealthCheck(due, HealthCheck.Kind.HEALTH_PASSPORT, Cases.d("2021-08-20"), null, null));
        cases.inCare("2004-03-15", "2018-01-01");

        cases.assertCount("CL_HEALTH_PASSPORT_DUE", "2021-10", 1);
        cases.assertCount("CL_HEALTH_PASSPORT_DONE", "2021-10", 1);
        cases.assertCount("CL_HEALTH_PASSPORT_DUE", "2021-11", 1);
        cases.assertCount("CL_HEALTH_PASSPORT_DONE", "2021-11", 0);
    }
}
