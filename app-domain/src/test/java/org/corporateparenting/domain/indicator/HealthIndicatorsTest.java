package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.HealthCheck.Kind;
import org.junit.jupiter.api.Test;

class HealthIndicatorsTest {

    private final Cases cases = new Cases();

    @Test
    void initialHealthAssessmentsAreReportedOneMonthInArrearsByWorkingDays() {
        Child onTime = cases.inCare("2015-01-01", "2021-09-06");
        cases.add(new HealthAssessment(onTime, HealthAssessment.Kind.INITIAL, Cases.d("2021-10-04"), Cases.d("2021-10-04")));
        Child late = cases.inCare("2015-01-01", "2021-09-13");
        cases.add(new HealthAssessment(late, HealthAssessment.Kind.INITIAL, Cases.d("2021-10-11"), Cases.d("2021-10-20")));
        Child leftBeforeDue = cases.child("2015-01-01");
        cases.episode(leftBeforeDue, "2021-09-20", "2021-09-25", "S", "U5", "E4A");
        cases.inCare("2015-01-01", "2021-10-02");

        Measure iha = cases.measure("HLT_IHA_20D", "2021-10");
        assertThat(iha.cohort()).isEqualTo(ReportingMonth.parse("2021-09"));
        cases.assertShare("HLT_IHA_20D", "2021-10", 1, 2);
        assertThat(iha.value()).isEqualTo(50.0);
    }

    @Test
    void reviewHealthAssessmentsCountForChildrenInCareTwelveMonthsOrMore() {
        Child upToDate = cases.inCare("2013-01-01", "2019-01-01");
        cases.add(new HealthAssessment(upToDate, HealthAssessment.Kind.REVIEW, Cases.d("2021-03-01"), Cases.d("2021-03-01")));
        Child overdue = cases.inCare("2013-01-01", "2019-01-01");
        cases.add(new HealthAssessment(overdue, HealthAssessment.Kind.REVIEW, Cases.d("2020-06-01"), Cases.d("2020-06-01")));
        Child underFive = cases.inCare("2018-01-01", "2019-01-01");
        cases.add(new HealthAssessment(underFive, HealthAssessment.Kind.REVIEW, Cases.d("2021-03-01"), Cases.d("2021-03-01")));
        Child recent = cases.inCare("2013-01-01", "2021-06-01");
        cases.add(new HealthAssessment(recent, HealthAssessment.Kind.INITIAL, Cases.d("2021-06-29"), Cases.d("2021-06-20")));

        cases.assertShare("HLT_RHA_ONTIME_12M", "2021-10", 1, 3);
        cases.assertShare("HLT_HA_UPTODATE", "2021-10", 2, 4);
    }

    @Test
    void dentalChecksMustFallWithinTheTwelveMonthsToMonthEnd() {
        Child within = cases.inCare("2012-01-01", "2019-01-01");
        cases.add(new HealthCheck(within, Kind.DENTAL, Cases.d("2020-11-01"), null, null));
        Child exactlyAYearAgo = cases.inCare("2012-01-01", "2019-01-01");
        cases.add(new HealthCheck(exactlyAYearAgo, Kind.DENTAL, Cases.d("2020-10-31"), null, null));
        cases.inCare("2021-03-01", "2021-03-01");

        cases.assertShare("HLT_DENTAL_12M", "2021-10", 1, 2);
        cases.assertShare("HLT_DENTAL_UPTODATE", "2021-10", 1, 2);
    }

    @Test
    void immunisationsUseTheLatestCheckByMonthEnd() {
        Child now = cases.inCare("2012-01-01", "2019-01-01");
        cases.add(new HealthCheck(now, Kind.IMMUNISATION, Cases.d("2020-01-01"), false, null));
        cases.add(new HealthCheck(now, Kind.IMMUNISATION, Cases.d("2021-10-10"), true, null));
        Child recent = cases.inCare("2012-01-01", "2021-05-01");
        cases.add(new HealthCheck(recent, Kind.IMMUNISATION, Cases.d("2021-05-10"), true, null));

        cases.assertShare("HLT_IMMS_ALL", "2021-09", 1, 2);
        cases.assertShare("HLT_IMMS_ALL", "2021-10", 2, 2);
        cases.assertShare("HLT_IMMS_12M", "2021-10", 1, 1);
    }

    @Test
    void sdqCohortIsAgedFourToSixteenAtMonthEndEvenOnABirthday() {
        Child sixteenToday = cases.inCare("2005-10-31", "2019-01-01");
        cases.add(new HealthCheck(sixteenToday, Kind.SDQ, Cases.d("2021-05-01"), null, 12));
        Child seventeenToday = cases.inCare("2004-10-31", "2019-01-01");
        cases.add(new HealthCheck(seventeenToday, Kind.SDQ, Cases.d("2021-05-01"), null, 30));
        Child noScore = cases.inCare("2010-01-01", "2019-01-01");
        cases.add(new HealthCheck(noScore, Kind.SDQ, Cases.d("2020-05-01"), null, 20));
        Child scored = cases.inCare("2010-01-01", "2019-01-01");
        cases.add(new HealthCheck(scored, Kind.SDQ, Cases.d("2021-02-01"), null, 17));

        cases.assertShare("EWB_SDQ_COMPLETED", "2021-10", 2, 3);
        cases.assertShare("EWB_SDQ_AVG_SCORE", "2021-10", 29, 2);
        assertThat(cases.measure("EWB_SDQ_AVG_SCORE", "2021-10").value()).isEqualTo(14.5);
    }
}
