package org.corporateparenting.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;
import org.junit.jupiter.api.Test;

/** The board's withholding of a month: each figure by the rule, and the flows so that last month + started - ceased gives none back. */
class MonthDisclosureTest {

    private static final Catalogue CATALOGUE = Catalogue.of(Standards.DEFAULT);
    private static final ReportingMonth OCTOBER = ReportingMonth.parse("2026-10");

    private static Measure count(String code, ReportingMonth month, long n) {
        return new Measure(code, month, month, n, null, (double) n);
    }

    private static Measure percent(String code, long numerator, long denominator) {
        return new Measure(code, OCTOBER, OCTOBER, numerator, denominator, numerator * 100.0 / denominator);
    }

    @Test
    void aWithheldCeasedIsProtectedByWithholdingStartedAsCNotAsSmall() {
        Map<String, Measure> october = Map.of("CIC_COUNT", count("CIC_COUNT", OCTOBER, 144), "CIC_STARTS", count("CIC_STARTS", OCTOBER, 8),
                "CIC_CEASED", count("CIC_CEASED", OCTOBER, 1));
        Map<String, Measure> september = Map.of("CIC_COUNT", count("CIC_COUNT", OCTOBER.previous(), 137));
        MonthDisclosure md = new MonthDisclosure(CATALOGUE, new Disclosure(5), october, september);
        assertThat(md.mark("CIC_CEASED")).isEqualTo(Mark.SMALL);
        assertThat(md.mark("CIC_STARTS")).as("else 137 + 8 - 144 = 1").isEqualTo(Mark.CONFIDENTIAL);
        assertThat(md.mark("CIC_COUNT")).isEqualTo(Mark.SHOWN);
        assertThat(md.exposed()).isEmpty();
    }

    @Test
    void withoutLastMonthPublishedNothingMoreIsWithheld() {
        Map<String, Measure> october = Map.of("CIC_COUNT", count("CIC_COUNT", OCTOBER, 144), "CIC_STARTS", count("CIC_STARTS", OCTOBER, 8),
                "CIC_CEASED", count("CIC_CEASED", OCTOBER, 1));
        MonthDisclosure md = new MonthDisclosure(CATALOGUE, new Disclosure(5), october, null);
        assertThat(md.mark("CIC_STARTS")).isEqualTo(Mark.SHOWN);
    }

    @Test
    void aPercentageLeavingFewOutIsWithheld() {
        MonthDisclosure md = new MonthDisclosure(CATALOGUE, new Disclosure(5), Map.of("CIC_UASC_PCT", percent("CIC_UASC_PCT", 139, 144),
                "CIC_COUNT", count("CIC_COUNT", OCTOBER, 144)), null);
        assertThat(md.withheld("CIC_UASC_PCT")).as("97% of 144 gives back 5").isTrue();
        assertThat(md.withheld("CIC_COUNT")).isFalse();
    }

    @Test
    void householdsOfOtherTypesCannotBeWorkedOutFromTheTotalLessThePrintedTypes() {
        // 57 households: 43 mainstream, 11 connected person, so the 3 foster-for-adoption households would follow
        Map<String, Measure> october = Map.of("FC_HOUSEHOLDS", count("FC_HOUSEHOLDS", OCTOBER, 57),
                "FC_MAINSTREAM_HOUSEHOLDS", count("FC_MAINSTREAM_HOUSEHOLDS", OCTOBER, 43),
                "FC_CONNECTED_HOUSEHOLDS", count("FC_CONNECTED_HOUSEHOLDS", OCTOBER, 11));
        MonthDisclosure md = new MonthDisclosure(CATALOGUE, new Disclosure(5), october, null);
        assertThat(md.mark("FC_CONNECTED_HOUSEHOLDS")).as("57 - 43 - 11 = 3").isEqualTo(Mark.CONFIDENTIAL);
        assertThat(md.mark("FC_MAINSTREAM_HOUSEHOLDS")).isEqualTo(Mark.SHOWN);
        assertThat(md.mark("FC_HOUSEHOLDS")).isEqualTo(Mark.SHOWN);
        assertThat(md.exposed()).isEmpty();
        Map<String, Measure> noneOther = Map.of("FC_HOUSEHOLDS", count("FC_HOUSEHOLDS", OCTOBER, 54),
                "FC_MAINSTREAM_HOUSEHOLDS", count("FC_MAINSTREAM_HOUSEHOLDS", OCTOBER, 43),
                "FC_CONNECTED_HOUSEHOLDS", count("FC_CONNECTED_HOUSEHOLDS", OCTOBER, 11));
        assertThat(new MonthDisclosure(CATALOGUE, new Disclosure(5), noneOther, null).withheld("FC_CONNECTED_HOUSEHOLDS"))
                .as("none of another type is no small count").isFalse();
    }

    @Test
    void theCountsBesideAShownFigureNeverGiveAWithheldCountBack() {
        // 57 households: 10 mainstream, 44 connected person, so the rest (3) would follow unless mainstream is withheld ("c")
        Map<String, Measure> october = Map.of("FC_HOUSEHOLDS", count("FC_HOUSEHOLDS", OCTOBER, 57),
                "FC_MAINSTREAM_HOUSEHOLDS", count("FC_MAINSTREAM_HOUSEHOLDS", OCTOBER, 10),
                "FC_CONNECTED_HOUSEHOLDS", count("FC_CONNECTED_HOUSEHOLDS", OCTOBER, 44),
                "FC_UTILISATION_MAINSTREAM", new Measure("FC_UTILISATION_MAINSTREAM", OCTOBER, OCTOBER, 14, 10L, 1.4),
                "CIC_UASC_PCT", percent("CIC_UASC_PCT", 20, 144), "CIC_COUNT", count("CIC_COUNT", OCTOBER, 144));
        MonthDisclosure md = new MonthDisclosure(CATALOGUE, new Disclosure(5), october, null);
        assertThat(md.mark("FC_MAINSTREAM_HOUSEHOLDS")).isEqualTo(Mark.CONFIDENTIAL);
        assertThat(md.withheld("FC_UTILISATION_MAINSTREAM")).as("the average itself is shown").isFalse();
        assertThat(md.countsWithheld(october.get("FC_UTILISATION_MAINSTREAM"))).as("its denominator is the withheld 10").isTrue();
        assertThat(md.countsWithheld(october.get("CIC_UASC_PCT"))).as("20 of 144 gives nothing withheld back").isFalse();
    }
}
