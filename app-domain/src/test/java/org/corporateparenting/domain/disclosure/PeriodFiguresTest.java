package org.corporateparenting.domain.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodFiguresTest {

    private static final DisclosureRule RULE = new DisclosureRule(5);

    @Test
    void aFigureTheBoardHasPublishedIsNotChosenToProtectAnotherSoADifferentOneIsWithheld() {
        // fostering report: 43 mainstream + 11 connected + 3 short break = 57; the board's March prints the 11
        PeriodFigures period = new PeriodFigures();
        int boardConnected = period.published("kpi:FC_CONNECTED_HOUSEHOLDS@2025-26", "connected households (board)", 11, Mark.SHOWN);
        int mainstream = period.count("fostering/households/Mainstream@2025-26", "mainstream", 43);
        int connected = period.count("kpi:FC_CONNECTED_HOUSEHOLDS@2025-26", "connected", 11);
        int shortBreak = period.count("fostering/households/Short break@2025-26", "short break", 3);
        int total = period.count("fostering/households/Total@2025-26", "total", 57);
        period.sum(total, mainstream, connected, shortBreak);

        Protection p = period.protect(RULE);

        assertThat(connected).as("one figure in both outputs").isEqualTo(boardConnected);
        assertThat(p.printed(connected)).as("already printed by the board").isEqualTo("11");
        assertThat(p.printed(shortBreak)).isEqualTo("<6");
        assertThat(p.mark(mainstream).withheld() || p.mark(total).withheld()).as("57 − 43 − 11 would give the 3 back").isTrue();
        assertThat(p.exposed()).isEmpty();
        assertThat(RecoveryAttack.ranges(p.figures(), p.marks(), 5)[shortBreak].possibleValues()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFigureWithheldInOneReportIsWithheldInTheOtherThatPrintsIt() {
        // the fostering table withholds 11 as "c" to protect the 3; the board's annual report prints the same 11 on its own
        PeriodFigures period = new PeriodFigures();
        int mainstream = period.fixed("fostering/households/Mainstream@2025-26", "mainstream", 43);
        int connected = period.count("shared:connected@2025-26", "connected", 11);
        int shortBreak = period.count("fostering/households/Short break@2025-26", "short break", 3);
        int total = period.fixed("fostering/households/Total@2025-26", "total", 57);
        period.sum(total, mainstream, connected, shortBreak);
        int inTheOtherReport = period.count("shared:connected@2025-26", "connected (board's report)", 11);

        Protection p = period.protect(RULE);

        assertThat(p.printed(connected)).isEqualTo("c");
        assertThat(p.printed(inTheOtherReport)).as("the same mark in every output").isEqualTo("c");
    }

    @Test
    void theAgencysTotalLessOneCouncilsOwnFigureCannotGiveBackTheOthersWithheldOne() {
        // council A placed 12 children, council B placed 3; the agency prints its total
        PeriodFigures period = new PeriodFigures();
        int a = period.count("adoption:1/placed/Q1@2025-26", "A placed", 12);
        int b = period.count("adoption:2/placed/Q1@2025-26", "B placed", 3);
        int agency = period.count("agency/placed/Q1@2025-26", "agency placed", 15);
        period.sum(agency, a, b);

        Protection p = period.protect(RULE);

        assertThat(p.printed(b)).isEqualTo("<6");
        assertThat(p.mark(a).withheld() || p.mark(agency).withheld()).as("15 − 12 = 3").isTrue();
        assertThat(p.exposed()).isEmpty();
    }

    @Test
    void twoOutputsPrintingDifferentValuesUnderOneIdentityKeepBoth() {
        PeriodFigures period = new PeriodFigures();
        int first = period.count("kpi:FC_CIC_MAINSTREAM_INHOUSE@2025-26", "in-house mainstream (fostering)", 46);
        int second = period.published("kpi:FC_CIC_MAINSTREAM_INHOUSE@2025-26", "in-house mainstream (board)", 51, Mark.SHOWN);

        assertThat(first).isNotEqualTo(second);
        assertThat(period.size()).isEqualTo(2);
        assertThat(period.value(first)).isEqualTo(46);
    }

    @Test
    void aPublishedFigureKeepsTheMarkItsOwnOutputGaveIt() {
        PeriodFigures period = new PeriodFigures();
        int share = period.published("kpi:CL_IN_TOUCH@2025-26", "in touch", 27, Mark.CONFIDENTIAL);
        int inTheReport = period.count("kpi:CL_IN_TOUCH@2025-26", "in touch (care leavers report)", 27);

        Protection p = period.protect(RULE);

        assertThat(inTheReport).isEqualTo(share);
        assertThat(p.printed(inTheReport)).isEqualTo("c");
    }
}
