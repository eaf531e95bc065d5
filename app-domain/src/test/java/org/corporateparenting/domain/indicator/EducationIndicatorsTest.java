package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.education.EducationRecord.Kind;
import org.junit.jupiter.api.Test;

class EducationIndicatorsTest {

    private final Cases cases = new Cases();

    @Test
    void plansAndPepsForChildrenInCare() {
        Child withPlan = cases.inCare("2010-01-01", "2020-01-01");
        cases.add(new EducationRecord(withPlan, Kind.EHCP, Cases.d("2020-03-01"), null, null));
        cases.add(new EducationRecord(withPlan, Kind.PEP_REVIEW, Cases.d("2021-07-01"), null, null));
        Child oldPep = cases.inCare("2010-01-01", "2020-01-01");
        cases.add(new EducationRecord(oldPep, Kind.PEP_INITIAL, Cases.d("2020-01-20"), null, null));
        Child baby = cases.inCare("2020-01-01", "2020-02-01");

        cases.assertShare("EDU_EHCP_PCT", "2021-10", 1, 3);
        cases.assertShare("EDU_PEP_HAS", "2021-10", 2, 2);
        cases.assertShare("EDU_PEP_UPTODATE", "2021-10", 1, 2);
        cases.assertShare("EDU_PEP_UPTODATE", "2021-11", 0, 2);
    }

    @Test
    void initialPepWithinTwentyWorkingDaysOneMonthInArrears() {
        Child onTime = cases.inCare("2010-01-01", "2021-09-06");
        cases.add(new EducationRecord(onTime, Kind.PEP_INITIAL, Cases.d("2021-10-04"), null, null));
        Child late = cases.inCare("2010-01-01", "2021-09-06");
        cases.add(new EducationRecord(late, Kind.PEP_INITIAL, Cases.d("2021-10-05"), null, null));
        cases.inCare("2020-01-01", "2021-09-06");

        cases.assertShare("EDU_PEP_20D", "2021-10", 1, 2);
    }

    @Test
    void attendanceCountsSessionsOfTermsEndedThisAcademicYear() {
        Child pupil = cases.inCare("2012-01-01", "2020-01-01");
        cases.add(new Attendance(pupil, 2021, "AUTUMN", 140, 126, 7));
        cases.add(new Attendance(pupil, 2020, "AUTUMN", 140, 100, 30));
        Child other = cases.inCare("2011-01-01", "2020-01-01");
        cases.add(new Attendance(other, 2021, "AUTUMN", 60, 60, 0));

        cases.assertShare("EDU_ATTENDANCE", "2021-11", 0, 0);
        cases.assertShare("EDU_ATTENDANCE", "2021-12", 186, 200);
        cases.assertShare("EDU_UNAUTH_ABSENCE", "2022-01", 7, 200);
    }

    @Test
    void suspensionsAndReducedTimetablesForChildrenOfSchoolAge() {
        Child suspended = cases.inCare("2010-01-01", "2019-01-01");
        cases.add(new EducationRecord(suspended, Kind.SUSPENSION, Cases.d("2021-10-12"), null, 2));
        Child suspendedLastYear = cases.inCare("2010-01-01", "2021-01-01");
        cases.add(new EducationRecord(suspendedLastYear, Kind.SUSPENSION, Cases.d("2021-06-12"), null, 2));
        cases.add(new EducationRecord(suspendedLastYear, Kind.REDUCED_TIMETABLE, Cases.d("2021-09-01"), Cases.d("2021-10-01"), null));
        cases.inCare("2003-01-01", "2019-01-01");

        cases.assertShare("EDU_FTE_MONTH_12M", "2021-10", 1, 1);
        cases.assertShare("EDU_SUSPENSION_AYTD", "2021-10", 1, 2);
        cases.assertShare("EDU_SUSPENSION_AYTD", "2021-07", 1, 2);
        cases.assertShare("EDU_REDUCED_TIMETABLE", "2021-10", 1, 2);
        cases.assertShare("EDU_REDUCED_TIMETABLE", "2021-11", 0, 2);
    }

    @Test
    void neetAmongSixteenAndSeventeenYearOldsInCare() {
        Child neet = cases.inCare("2005-01-01", "2019-01-01");
        CareLeaver record = cases.add(new CareLeaver(neet, Eligibility.ELIGIBLE, Cases.d("2021-01-01")));
        cases.add(new LivingPeriod(record, LivingPeriod.Kind.ACTIVITY, Cases.d("2021-06-01"), "G5", null));
        Child inCollege = cases.inCare("2005-01-01", "2019-01-01");
        CareLeaver other = cases.add(new CareLeaver(inCollege, Eligibility.ELIGIBLE, Cases.d("2021-01-01")));
        cases.add(new LivingPeriod(other, LivingPeriod.Kind.ACTIVITY, Cases.d("2021-06-01"), "F2", null));

        cases.assertShare("EDU_NEET", "2021-10", 1, 2);
    }
}
