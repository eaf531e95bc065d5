package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.episode.Episode;
import org.junit.jupiter.api.Test;

class ProfileIndicatorsTest {

    private final Cases cases = new Cases();

    @Test
    void countsChildrenInCareAtTheEndOfTheMonthsLastDay() {
        cases.inCare("2010-01-01", "2021-03-10");
        Child enteredAndLeftInMonth = cases.child("2012-02-02");
        cases.episode(enteredAndLeftInMonth, "2021-10-05", "2021-10-20", "S", "U5", "E13");
        Child leftOnLastDay = cases.child("2011-01-01");
        cases.episode(leftOnLastDay, "2021-01-01", "2021-10-31", "S", "U5", "E4A");
        Child shortBreaks = cases.child("2013-01-01");
        Episode breaks = new Episode(shortBreaks, Cases.d("2021-01-01"), "S", "V3", "N1", "U5");
        cases.add(breaks);

        cases.assertCount("CIC_COUNT", "2021-10", 1);
        cases.assertCount("CIC_COUNT", "2021-09", 2);
        cases.assertCount("CIC_STARTS", "2021-10", 1);
        cases.assertCount("CIC_CEASED", "2021-10", 2);
        cases.assertCount("CIC_CEASED", "2021-09", 0);
    }

    @Test
    void aChildWhoReturnsToCareStartsAgainButAMoveDoesNot() {
        Child c = cases.child("2010-01-01");
        cases.episode(c, "2021-01-01", "2021-10-01", "S", "U5", "E4A");
        cases.episode(c, "2021-10-15", "2021-10-25", "S", "U5", "X1");
        cases.episode(c, "2021-10-25", null, "P", "K2", null);

        cases.assertCount("CIC_STARTS", "2021-10", 1);
        cases.assertCount("CIC_CEASED", "2021-10", 1);
        cases.assertCount("CIC_COUNT", "2021-10", 1);
    }

    @Test
    void ratesPerTenThousandUseTheLatestPopulationEstimate() {
        cases.inCare("2010-01-01", "2021-03-10");
        cases.inCare("2011-01-01", "2021-03-10");
        Measure rate = cases.measure("CIC_RATE", "2021-10");
        assertThat(rate.denominator()).isEqualTo(20_000L);
        assertThat(rate.value()).isEqualTo(1.0);
    }

    @Test
    void aRateWithoutAnyPopulationEstimateHasNoValue() {
        cases.inCare("2010-01-01", "2019-03-10");
        assertThat(cases.measure("CIC_RATE", "2019-10").value()).isNull();
    }

    @Test
    void countsUnaccompaniedChildrenOnlyWhileTheirUascPeriodLasts() {
        Child uasc = cases.inCare("2005-01-01", "2021-01-01");
        cases.add(new UascPeriod(uasc, Cases.d("2021-01-01"), Cases.d("2021-09-15")));
        cases.inCare("2006-01-01", "2021-01-01");

        cases.assertCount("CIC_UASC_COUNT", "2021-08", 1);
        cases.assertShare("CIC_UASC_PCT", "2021-08", 1, 2);
        cases.assertCount("CIC_UASC_COUNT", "2021-10", 0);
        assertThat(cases.measure("CIC_UASC_PCT", "2021-08").value()).isEqualTo(50.0);
    }

    @Test
    void careLeaversAreCountedOnceOutOfCareAndReceivingAServiceWhileOpen() {
        Child leaver = cases.child("2002-05-01");
        cases.episode(leaver, "2016-01-01", "2020-05-01", "S", "U5", "E17");
        CareLeaver record = cases.add(new CareLeaver(leaver, Eligibility.FORMER_RELEVANT, Cases.d("2018-05-01")));
        record.closeService(Cases.d("2021-09-01"));
        Child eligibleInCare = cases.inCare("2004-06-01", "2018-01-01");
        cases.add(new CareLeaver(eligibleInCare, Eligibility.ELIGIBLE, Cases.d("2020-06-01")));

        cases.assertCount("CL_COUNT", "2020-04", 0);
        cases.assertCount("CL_COUNT", "2021-08", 1);
        cases.assertCount("CL_RECEIVING_SERVICE", "2021-08", 1);
        cases.assertCount("CL_RECEIVING_SERVICE", "2021-09", 0);
    }

    @Test
    void careLeaversStopCountingAfterTheir26thBirthday() {
        Child leaver = cases.child("1995-10-31");
        cases.episode(leaver, "2010-01-01", "2013-10-31", "S", "U5", "E17");
        cases.add(new CareLeaver(leaver, Eligibility.FORMER_RELEVANT, Cases.d("2011-10-31")));

        cases.assertCount("CL_COUNT", "2021-09", 1);
        cases.assertCount("CL_COUNT", "2021-10", 0);
    }
}
